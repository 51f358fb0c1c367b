package app.piecespanel.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The addresses of a personal cloud. */
public record AllocationCloudUrls(
        EmbeddedModelSchema schema,
        @JsonProperty(required = true) AllocationCloudUrl base,
        @JsonProperty(required = true) AllocationCloudUrl id,
        AllocationCloudUrl vanity) {}
