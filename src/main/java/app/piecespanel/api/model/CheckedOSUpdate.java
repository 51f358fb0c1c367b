package app.piecespanel.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The seed generation's answer to {@code POST /os/update/check}. */
public record CheckedOSUpdate(
        EmbeddedModelSchema schema,
        @JsonProperty(required = true) UpdatingStatus status) {}
