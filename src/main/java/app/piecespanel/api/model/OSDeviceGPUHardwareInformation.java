package app.piecespanel.api.model;

/** The GPU; {@code memory} is as PiecesOS reports it (bytes). */
public record OSDeviceGPUHardwareInformation(
        EmbeddedModelSchema schema,
        String name,
        Double memory,
        OSDeviceGPUHardwareCapabilitiesInformation capabilities) {}
