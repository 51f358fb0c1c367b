package app.piecespanel.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The person's look-and-feel preferences in Pieces. */
public record Aesthetics(
        EmbeddedModelSchema schema,
        @JsonProperty(required = true) Theme theme,
        @JsonProperty(required = true) Font font) {}
