package app.piecespanel.api;

import java.time.Duration;
import java.time.Instant;

/**
 * One call as the Activity log shows it. It holds the path only, never a body or query, so no secret can reach it.
 *
 * @param status the HTTP status, or -1 when there was no answer
 * @param outcome "OK", or the plain-words failure
 */
public record CallRecord(Instant started, String method, String path, int status, Duration duration,
        String outcome, boolean ok) {}
