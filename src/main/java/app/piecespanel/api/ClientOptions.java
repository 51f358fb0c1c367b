package app.piecespanel.api;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;

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
 * @param uiThread the threads that must never wait for a call (the UI thread); a {@code join} or {@code get} there
 *     on an unfinished call fails at once with an IllegalStateException instead of freezing the window
 */
public record ClientOptions(
        Duration connectTimeout,
        Duration callTimeout,
        Duration probeTimeout,
        Duration personTimeout,
        long maxBodyBytes,
        CallListener listener,
        Predicate<Thread> uiThread) {

    /**
     * The name JavaFX gives its application thread. The client recognises it by name so that the api package
     * needs no JavaFX; {@link #withUiThread} sets another test where the name is not enough.
     */
    public static final String FX_THREAD_NAME = "JavaFX Application Thread";

    /** By default the JavaFX application thread is the UI thread. */
    public static final Predicate<Thread> FX_THREAD = t -> FX_THREAD_NAME.equals(t.getName());

    public ClientOptions {
        Objects.requireNonNull(connectTimeout);
        Objects.requireNonNull(callTimeout);
        Objects.requireNonNull(probeTimeout);
        Objects.requireNonNull(personTimeout);
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
        listener = listener == null ? CallListener.NONE : listener;
        uiThread = uiThread == null ? FX_THREAD : uiThread;
    }

    public static ClientOptions defaults() {
        return new ClientOptions(Duration.ofSeconds(2), Duration.ofSeconds(8), Duration.ofMillis(1500),
                Duration.ofMinutes(10), 4L * 1024 * 1024, CallListener.NONE, FX_THREAD);
    }

    public ClientOptions withListener(CallListener l) {
        return new ClientOptions(connectTimeout, callTimeout, probeTimeout, personTimeout, maxBodyBytes, l, uiThread);
    }

    public ClientOptions withCallTimeout(Duration d) {
        return new ClientOptions(connectTimeout, d, probeTimeout, personTimeout, maxBodyBytes, listener, uiThread);
    }

    public ClientOptions withPersonTimeout(Duration d) {
        return new ClientOptions(connectTimeout, callTimeout, probeTimeout, d, maxBodyBytes, listener, uiThread);
    }

    public ClientOptions withProbeTimeout(Duration d) {
        return new ClientOptions(connectTimeout, callTimeout, d, personTimeout, maxBodyBytes, listener, uiThread);
    }

    public ClientOptions withMaxBodyBytes(long max) {
        return new ClientOptions(connectTimeout, callTimeout, probeTimeout, personTimeout, max, listener, uiThread);
    }

    /** The threads that must never wait for a call; see {@link #uiThread()}. */
    public ClientOptions withUiThread(Predicate<Thread> isUiThread) {
        return new ClientOptions(connectTimeout, callTimeout, probeTimeout, personTimeout, maxBodyBytes, listener,
                isUiThread);
    }
}
