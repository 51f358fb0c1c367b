package app.piecespanel.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Version stamp carried by nearly every model; accepted and otherwise ignored. */
public record EmbeddedModelSchema(
        @JsonProperty(required = true) Integer migration,
        @JsonProperty(required = true) SchemaVersion semantic) {}
