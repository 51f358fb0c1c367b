package app.piecespanel.api.model;

/** Returned by {@code GET /os/device/information}. */
public record OSDeviceInformationReturnable(
        EmbeddedModelSchema schema,
        OSDeviceDependenciesInformation dependencies,
        String name,
        String version,
        OSDeviceHardwareInformation hardware) {}
