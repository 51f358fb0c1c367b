package app.piecespanel.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The current generation's answer to {@code POST /os/update/check}; also reads the seed's {@link CheckedOSUpdate}, whose fields are a subset. {@code percentage}: download progress, 0-100. */
public record OSServerUpdateStatus(
        EmbeddedModelSchema schema,
        @JsonProperty(required = true) UpdatingStatus status,
        Double percentage,
        GroupedTimestamp updated) {}
