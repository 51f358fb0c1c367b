package app.piecespanel.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where the personal cloud is allocated. */
public record Auth0UserAllocationMetadata(
        @JsonProperty(required = true) String project,
        @JsonProperty(required = true) String region) {}
