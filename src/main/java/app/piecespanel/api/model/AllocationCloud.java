package app.piecespanel.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The person's personal cloud allocation; present only when one exists. */
public record AllocationCloud(
        EmbeddedModelSchema schema,
        @JsonProperty(required = true) String id,
        @JsonProperty(required = true) String user,
        @JsonProperty(required = true) AllocationCloudUrls urls,
        @JsonProperty(required = true) AllocationCloudStatus status,
        @JsonProperty(required = true) String project,
        GroupedTimestamp updated,
        String version,
        String region) {}
