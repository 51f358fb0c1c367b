package app.piecespanel.ui.common;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The visible lifecycle of one kind of call in a view-model: {@code busy} while it runs, the last {@link Problem}
 * (cleared by the next success), and when it last succeeded. It sends at most one call at a time (a second click
 * while busy is ignored), and an answer that arrives after a newer call started is dropped, so a late reply never
 * overwrites a newer one. Property writes happen on the {@link UiThread} only.
 */
public final class CallLifecycle {
    private final UiThread ui;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>(this, "problem");
    private final ReadOnlyObjectWrapper<Instant> lastSuccess = new ReadOnlyObjectWrapper<>(this, "lastSuccess");
    private CompletableFuture<?> inFlight;
    private long generation;
    /** True while a finished call's outcome is being written: busy is still on, but a follow-up call may start. */
    private boolean settling;

    public CallLifecycle(UiThread ui, Clock clock) {
        this.ui = ui;
        this.clock = clock;
    }

    public CallLifecycle(UiThread ui) {
        this(ui, Clock.systemDefaultZone());
    }

    /**
     * Starts {@code call} unless one is already running, and hands its result to {@code onSuccess} on the UI
     * thread. The returned future completes (on the UI thread, after the properties changed) when the outcome is
     * on screen; it never completes exceptionally, so callers may join it. Must be called on the UI thread.
     */
    public <T> CompletableFuture<Void> run(Supplier<CompletableFuture<T>> call, Consumer<? super T> onSuccess) {
        if (busy.get() && !settling) {
            return CompletableFuture.completedFuture(null);
        }
        return start(call, onSuccess, t -> problem.set(Problem.of(t)));
    }

    /** Like {@link #run} but with an own handling of failures (for example a restart that is expected). */
    public <T> CompletableFuture<Void> run(Supplier<CompletableFuture<T>> call, Consumer<? super T> onSuccess,
            Consumer<Throwable> onFailure) {
        if (busy.get() && !settling) {
            return CompletableFuture.completedFuture(null);
        }
        return start(call, onSuccess, onFailure);
    }

    /** Abandons the call in flight (the HTTP exchange is dropped) and forgets its answer. */
    public void cancel() {
        generation++;
        CompletableFuture<?> f = inFlight;
        inFlight = null;
        busy.set(false);
        if (f != null) {
            f.cancel(true);
        }
    }

    /** Forgets the last problem, for example when the person dismisses it. */
    public void clearProblem() {
        problem.set(null);
    }

    private <T> CompletableFuture<Void> start(Supplier<CompletableFuture<T>> call, Consumer<? super T> onSuccess,
            Consumer<Throwable> onFailure) {
        long mine = ++generation;
        busy.set(true);
        CompletableFuture<Void> shown = new CompletableFuture<>();
        CompletableFuture<T> f;
        try {
            f = call.get();
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        inFlight = f;
        f.whenComplete((value, error) -> ui.execute(() -> {
            try {
                if (mine != generation) {
                    return; // superseded or cancelled: a late answer must not overwrite what is on screen
                }
                inFlight = null;
                // the outcome goes on screen first, then busy goes off: whoever waits for "not busy" sees it
                settling = true;
                try {
                    if (error == null) {
                        problem.set(null);
                        lastSuccess.set(clock.instant());
                        onSuccess.accept(value);
                    } else {
                        onFailure.accept(error);
                    }
                } finally {
                    settling = false;
                    if (mine == generation) { // else the outcome started a follow-up call, which is busy now
                        busy.set(false);
                    }
                }
            } finally {
                shown.complete(null);
            }
        }));
        return shown;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public Problem getProblem() {
        return problem.get();
    }

    public ReadOnlyObjectProperty<Instant> lastSuccessProperty() {
        return lastSuccess.getReadOnlyProperty();
    }

    public Instant getLastSuccess() {
        return lastSuccess.get();
    }

    /** Lets a caller record a problem found outside a call (for example invalid input). */
    public void report(Problem p) {
        problem.set(p);
    }
}
