package app.piecespanel.simulator;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Lets an endpoint wait (for a person, a delay) while noticing that the client has given up on the request. */
interface ClientPresence {

    /**
     * Returns when {@code done} completes (if given) or {@code max} has passed (null = no limit).
     *
     * @throws ClientGone when the client closed the connection, or the simulator went down, first
     */
    void await(CompletableFuture<?> done, Duration max) throws ClientGone;

    default void pause(Duration d) throws ClientGone {
        if (!d.isZero() && !d.isNegative()) {
            await(null, d);
        }
    }

    /** The request can no longer be answered. */
    final class ClientGone extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean byClient;

        ClientGone(boolean byClient) {
            super(byClient ? "The client closed the connection" : "The simulator went down", null, false, false);
            this.byClient = byClient;
        }

        /** True when the client left (an abandoned request), false when the simulator closed or restarted. */
        boolean byClient() {
            return byClient;
        }
    }
}
