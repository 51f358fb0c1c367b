package app.piecespanel.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A future of the client that refuses to be waited for on the UI thread. Every call is asynchronous, so the only way
 * a call can run on the UI thread is someone blocking it on the answer ({@code join}, {@code get}); that would freeze
 * the window for as long as PiecesOS takes. Such a wait fails at once with an {@link IllegalStateException} instead,
 * whether or not the answer happens to be quick this time. Reading an answer that is already there is no wait, and
 * is allowed. Stages built on it ({@code thenApply}, {@code thenCompose}...) carry the same guard.
 */
final class UiSafeFuture<T> extends CompletableFuture<T> {
    private final Predicate<Thread> uiThread;

    UiSafeFuture(Predicate<Thread> uiThread) {
        this.uiThread = uiThread;
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new UiSafeFuture<>(uiThread);
    }

    @Override
    public T join() {
        refuseToWait();
        return super.join();
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
        refuseToWait();
        return super.get();
    }

    @Override
    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        refuseToWait();
        return super.get(timeout, unit);
    }

    private void refuseToWait() {
        Thread t = Thread.currentThread();
        if (!isDone() && uiThread.test(t)) {
            throw new IllegalStateException("A call to PiecesOS was waited for on the UI thread (" + t.getName()
                    + "): the window would freeze until PiecesOS answers. React to the answer with thenAccept or a"
                    + " CallLifecycle instead of join/get.");
        }
    }
}
