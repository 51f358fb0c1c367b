package app.piecespanel.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One address of a personal cloud and its state. */
public record AllocationCloudUrl(
        EmbeddedModelSchema schema,
        @JsonProperty(required = true) AllocationStatus status,
        @JsonProperty(required = true) String url) {}
