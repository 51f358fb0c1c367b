package app.piecespanel.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The signed-in person. */
public record UserProfile(
        EmbeddedModelSchema schema,
        String picture,
        String email,
        GroupedTimestamp created,
        GroupedTimestamp updated,
        String username,
        @JsonProperty(required = true) String id,
        String name,
        @JsonProperty(required = true) Aesthetics aesthetics,
        String vanityname,
        AllocationCloud allocation,
        ExternalProviders providers,
        Auth0UserMetadata auth0) {}
