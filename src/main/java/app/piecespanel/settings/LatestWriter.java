package app.piecespanel.settings;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Writes values to disk on a thread of its own, so the window never waits for the disk: the latest value given
 * wins (values given while a write runs are not written one by one), {@link #flush()} tells when all is written,
 * {@link #close()} writes what is left, waiting a moment at most.
 *
 * @param <T> what is written
 */
public final class LatestWriter<T> implements AutoCloseable {

    /** Writes one value; an exception is handed to the writer's failure handler. */
    @FunctionalInterface
    public interface Write<T> {
        void write(T value) throws IOException;
    }

    private final Write<T> write;
    private final Consumer<Exception> failed;
    private final AtomicReference<T> unsaved = new AtomicReference<>();
    private final ExecutorService thread;
    private CompletableFuture<Void> lastWrite = CompletableFuture.completedFuture(null);

    /**
     * @param failed told each failed write, on the writer's thread
     */
    public LatestWriter(String threadName, Write<T> write, Consumer<Exception> failed) {
        this.write = write;
        this.failed = failed;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code task} on the writer's thread, in turn with the writes. */
    public <R> CompletableFuture<R> onThread(java.util.function.Supplier<R> task) {
        return CompletableFuture.supplyAsync(task, thread);
    }

    /** Writes {@code value} soon, unless a later value comes first. */
    public synchronized void submit(T value) {
        unsaved.set(value);
        lastWrite = lastWrite.thenRunAsync(this::writePending, thread);
    }

    /** Completes when every value given so far is on disk (or failed to get there). */
    public synchronized CompletableFuture<Void> flush() {
        return lastWrite;
    }

    private void writePending() {
        T value = unsaved.getAndSet(null);
        if (value == null) {
            return; // a later write already saved it
        }
        try {
            write.write(value);
        } catch (IOException | RuntimeException e) {
            failed.accept(e);
        }
    }

    @Override
    public void close() {
        try {
            flush().get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            // closing anyway: the file keeps its last whole version
        }
        thread.shutdown();
    }
}
