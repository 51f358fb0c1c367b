package app.piecespanel.api.model;

/** Returned by {@code GET /os/permissions} and {@code POST /os/permissions/request}, and the latter's request body. */
public record OSPermissions(
        EmbeddedModelSchema schema,
        OSProcessingPermissions processing) {}
