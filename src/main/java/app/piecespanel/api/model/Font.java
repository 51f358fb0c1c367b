package app.piecespanel.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The person's font size in Pieces. */
public record Font(
        EmbeddedModelSchema schema,
        @JsonProperty(required = true) Integer size) {}
