package app.piecespanel.api;

/** Told about every call the client made, on a background thread. Must be quick and must not throw. */
@FunctionalInterface
public interface CallListener {
    CallListener NONE = r -> { };

    /** A call finished (or failed, or was abandoned): one record per call started with {@link #onStart}. */
    void onCall(CallRecord record);

    /** A call is about to be sent (for a busy indicator); each is followed by exactly one {@link #onCall}. */
    default void onStart(String method, String path) {}
}
