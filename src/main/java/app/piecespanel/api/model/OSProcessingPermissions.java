package app.piecespanel.api.model;

/** {@code true} = granted; absent where the platform has no such permission (Linux). */
public record OSProcessingPermissions(
        EmbeddedModelSchema schema,
        Boolean vision,
        Boolean accessibility) {}
