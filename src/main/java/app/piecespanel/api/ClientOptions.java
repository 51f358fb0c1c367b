package app.piecespanel.api;

import java.time.Duration;
import java.util.Objects;

/**
 * How long each kind of call may take and how much it may read. Calls that wait for a person (sign-in, the
 * pickers) get minutes; ordinary calls a few seconds; every limit is a total deadline, body included.
 *
 * @param connectTimeout time to open a connection (loopback answers at once, so this is short)
 * @param callTimeout total time for an ordinary call
 * @param probeTimeout total time for a health or version probe
 * @param personTimeout total time for a call that waits for a person (sign-in, pickers)
 * @param maxBodyBytes the largest answer read; a larger one is a BadResponse, never an OutOfMemoryError
 * @param listener told about every call, for the Activity log
 */
public record ClientOptions(
        Duration connectTimeout,
        Duration callTimeout,
        Duration probeTimeout,
        Duration personTimeout,
        long maxBodyBytes,
        CallListener listener) {

    public ClientOptions {
        Objects.requireNonNull(connectTimeout);
        Objects.requireNonNull(callTimeout);
        Objects.requireNonNull(probeTimeout);
        Objects.requireNonNull(personTimeout);
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
        listener = listener == null ? CallListener.NONE : listener;
    }

    public static ClientOptions defaults() {
        return new ClientOptions(Duration.ofSeconds(2), Duration.ofSeconds(8), Duration.ofMillis(1500),
                Duration.ofMinutes(10), 4L * 1024 * 1024, CallListener.NONE);
    }

    public ClientOptions withListener(CallListener l) {
        return new ClientOptions(connectTimeout, callTimeout, probeTimeout, personTimeout, maxBodyBytes, l);
    }

    public ClientOptions withCallTimeout(Duration d) {
        return new ClientOptions(connectTimeout, d, probeTimeout, personTimeout, maxBodyBytes, listener);
    }

    public ClientOptions withPersonTimeout(Duration d) {
        return new ClientOptions(connectTimeout, callTimeout, probeTimeout, d, maxBodyBytes, listener);
    }

    public ClientOptions withProbeTimeout(Duration d) {
        return new ClientOptions(connectTimeout, callTimeout, d, personTimeout, maxBodyBytes, listener);
    }

    public ClientOptions withMaxBodyBytes(long max) {
        return new ClientOptions(connectTimeout, callTimeout, probeTimeout, personTimeout, max, listener);
    }
}
