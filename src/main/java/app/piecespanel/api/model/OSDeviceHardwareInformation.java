package app.piecespanel.api.model;

/** The machine's processors. */
public record OSDeviceHardwareInformation(
        EmbeddedModelSchema schema,
        OSDeviceCPUHardwareInformation cpu,
        OSDeviceGPUHardwareInformation gpu) {}
