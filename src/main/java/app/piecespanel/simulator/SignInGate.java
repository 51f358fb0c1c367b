package app.piecespanel.simulator;

import java.util.concurrent.CompletableFuture;

/**
 * The person finishing sign-in in the browser, for {@code signInWaitsForCompletion}: a waiting sign-in answers once
 * {@link #complete()} is called. A completion that comes first is kept for the next sign-in.
 */
final class SignInGate {
    private CompletableFuture<Void> current = new CompletableFuture<>(); // guarded by this

    synchronized CompletableFuture<Void> current() {
        return current;
    }

    synchronized void complete() {
        current.complete(null);
    }

    /** A sign-in went through on {@code used}: the next one waits for the person again. */
    synchronized void consumed(CompletableFuture<Void> used) {
        if (current == used && used.isDone()) {
            current = new CompletableFuture<>();
        }
    }
}
