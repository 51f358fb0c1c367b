package app.piecespanel.api.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The linked login providers. */
public record ExternalProviders(
        EmbeddedModelSchema schema,
        @JsonProperty(required = true) List<ExternalProvider> iterable) {
    public ExternalProviders {
        iterable = iterable == null ? null : List.copyOf(iterable);
    }
}
