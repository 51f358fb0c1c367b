package app.piecespanel.api;

/** Told about every call the client made, on a background thread. Must be quick and must not throw. */
@FunctionalInterface
public interface CallListener {
    CallListener NONE = r -> { };

    void onCall(CallRecord record);
}
