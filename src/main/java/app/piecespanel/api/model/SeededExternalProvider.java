package app.piecespanel.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Request body of {@code POST /os/link_provider}. */
public record SeededExternalProvider(
        @JsonProperty(required = true) ExternalProviderType type) {}
