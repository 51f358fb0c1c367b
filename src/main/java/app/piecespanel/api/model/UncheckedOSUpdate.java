package app.piecespanel.api.model;

/** Request body of {@code POST /os/update/check}; no fields of its own yet. */
public record UncheckedOSUpdate(
        EmbeddedModelSchema schema) {}
