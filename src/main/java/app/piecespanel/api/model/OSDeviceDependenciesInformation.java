package app.piecespanel.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Native dependencies PiecesOS found. */
public record OSDeviceDependenciesInformation(
        EmbeddedModelSchema schema,
        @JsonProperty(required = true) Boolean vulkan) {}
