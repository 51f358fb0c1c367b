package app.piecespanel.simulator;

import java.time.Duration;
import java.time.Instant;

/**
 * One request the simulator received.
 *
 * @param status    the status sent, or 0 when no answer was sent (the client left, or the simulator went down)
 * @param abandoned the client closed the connection while the simulator was still working on the answer
 * @param body      the request body as text (empty when there was none)
 */
public record RecordedRequest(
        Instant at, String method, String path, int status, Duration took, boolean abandoned, String body) {}
