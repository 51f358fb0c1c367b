package app.piecespanel.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Account metadata. {@code cloudKey} and {@code stripeCustomerId} are secrets and print masked. */
public record Auth0UserMetadata(
        EmbeddedModelSchema schema,
        @JsonProperty(value = "global_id", required = true) String globalId,
        @JsonProperty("cloud_key") Secret cloudKey,
        @JsonProperty("stripe_customer_id") Secret stripeCustomerId,
        String vanityname,
        Auth0UserAllocationMetadata allocation,
        @JsonProperty("open_AI") Auth0OpenAIUserMetadata openAi,
        AnonymousTemporalRange beta) {}
