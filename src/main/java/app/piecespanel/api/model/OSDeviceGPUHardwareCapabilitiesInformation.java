package app.piecespanel.api.model;

/** What the GPU can do; {@code llm}: it can run local AI models. */
public record OSDeviceGPUHardwareCapabilitiesInformation(
        EmbeddedModelSchema schema,
        Boolean llm) {}
