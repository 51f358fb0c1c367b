package app.piecespanel.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The state of a personal cloud. */
public record AllocationCloudStatus(
        EmbeddedModelSchema schema,
        @JsonProperty(required = true) AllocationStatus cloud) {}
