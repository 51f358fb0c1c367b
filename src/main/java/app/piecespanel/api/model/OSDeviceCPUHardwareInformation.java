package app.piecespanel.api.model;

/** The CPU; {@code memory} is as PiecesOS reports it (bytes). */
public record OSDeviceCPUHardwareInformation(
        EmbeddedModelSchema schema,
        String name,
        Double memory) {}
