package app.piecespanel.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whether the person chose a dark theme in Pieces. */
public record Theme(
        EmbeddedModelSchema schema,
        @JsonProperty(required = true) Boolean dark) {}
