package app.piecespanel.api.model;

/** A span of time. */
public record AnonymousTemporalRange(
        EmbeddedModelSchema schema,
        GroupedTimestamp from,
        GroupedTimestamp to,
        Boolean between,
        Boolean continuous) {}
