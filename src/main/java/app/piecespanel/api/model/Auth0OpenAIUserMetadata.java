package app.piecespanel.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The person's OpenAI settings. {@code apiKey} and {@code organizationKey} are secrets and print masked. */
public record Auth0OpenAIUserMetadata(
        EmbeddedModelSchema schema,
        @JsonProperty("api_key") Secret apiKey,
        @JsonProperty("api_key_name") String apiKeyName,
        @JsonProperty("organization_key") Secret organizationKey) {}
