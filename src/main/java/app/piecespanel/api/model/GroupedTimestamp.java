package app.piecespanel.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/** A date-time with an optional human-readable rendering. */
public record GroupedTimestamp(
        EmbeddedModelSchema schema,
        @JsonProperty(required = true) OffsetDateTime value,
        String readable) {}
