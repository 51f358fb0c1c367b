package app.piecespanel.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One linked login provider. {@code accessToken} is a secret and prints masked. */
public record ExternalProvider(
        EmbeddedModelSchema schema,
        @JsonProperty(required = true) ExternalProviderType type,
        @JsonProperty(value = "user_id", required = true) String userId,
        @JsonProperty("access_token") Secret accessToken,
        @JsonProperty("expires_in") Integer expiresIn,
        @JsonProperty(required = true) GroupedTimestamp created,
        @JsonProperty(required = true) GroupedTimestamp updated,
        ExternalProviderProfileData profileData,
        String connection,
        Boolean isSocial) {}
