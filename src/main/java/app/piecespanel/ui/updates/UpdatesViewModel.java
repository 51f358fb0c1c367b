package app.piecespanel.ui.updates;

import app.piecespanel.api.model.OSServerUpdateStatus;
import app.piecespanel.api.model.UpdatingStatus;
import app.piecespanel.api.model.UpdatingStatus.Known;
import app.piecespanel.ui.common.CallLifecycle;
import app.piecespanel.ui.common.PanelContext;
import app.piecespanel.ui.common.Problem;
import app.piecespanel.ui.common.RestartFlow;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Where PiecesOS's update stands, in words, and the person's intents: check, and restart to finish. While an update
 * is on its way it keeps checking by itself (stopping on a final state, giving up after a while); the state lives
 * here, so leaving the page loses nothing.
 */
public final class UpdatesViewModel {
    /** How the page shows a status: a headline, what it means or what to do, and whether it is still moving. */
    public enum Kind { UP_TO_DATE, IN_PROGRESS, READY, NEEDS_ACTION, UNKNOWN }

    private final PanelContext context;
    private final CallLifecycle calls;
    private final Duration followEvery;
    private final Duration giveUpAfter;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "update-checks");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyObjectWrapper<UpdatingStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyObjectWrapper<Kind> kind = new ReadOnlyObjectWrapper<>(this, "kind");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "Not checked yet");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", "");
    /** 0..1 while downloading with a known percentage, -1 (indeterminate) while moving without one. */
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyBooleanWrapper restarting = new ReadOnlyBooleanWrapper(this, "restarting");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private BooleanSupplier showing = () -> true;
    private ScheduledFuture<?> followUp;
    private ScheduledFuture<?> automatic;
    private Instant followingSince;

    public UpdatesViewModel(PanelContext context, Duration followEvery, Duration giveUpAfter) {
        this.context = context;
        this.calls = new CallLifecycle(context.ui(), context.clock());
        this.followEvery = followEvery;
        this.giveUpAfter = giveUpAfter;
    }

    /** Whether the page is on screen (a ready update found while it is not gets a notification). */
    void showingWhen(BooleanSupplier showing) {
        this.showing = showing;
    }

    // ---- intents ----

    public void checkForUpdates() {
        calls.run(() -> context.client().checkForUpdate(), this::apply);
    }

    /** Confirmation, /os/restart, waiting until PiecesOS is back (maybe on another port), then a fresh check. */
    public void restartToFinish() {
        if (restarting.get()) {
            return;
        }
        String before = context.connection().versionProperty().get();
        calls.run(() -> {
            var done = RestartFlow.confirmAndRestart(context, "The update is installed when PiecesOS restarts.");
            context.ui().execute(() -> restarting.set(true));
            return done;
        }, confirmed -> {
            restarting.set(false);
            if (confirmed) {
                outcome.set("");
                calls.run(() -> context.client().checkForUpdate().thenCombine(context.client().version(),
                        (s, v) -> new Object[] {s, v}), pair -> {
                            apply((OSServerUpdateStatus) pair[0]);
                            @SuppressWarnings("unchecked")
                            Optional<String> now = (Optional<String>) pair[1];
                            outcome.set(now.filter(v -> !v.equals(before))
                                    .map(v -> "PiecesOS updated to " + v + ".")
                                    .orElse("PiecesOS restarted" + (before.isEmpty() ? "." : " and still runs " + before + ".")));
                        });
            }
        }, error -> {
            restarting.set(false);
            calls.report(Problem.of(error));
        });
    }

    /** From Settings: check now and then every {@code interval}; ZERO stops the automatic checks. */
    public void setAutomaticCheckInterval(Duration interval) {
        if (automatic != null) {
            automatic.cancel(false);
            automatic = null;
        }
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        // an automatic check waits for PiecesOS: at start-up it is still being looked for, and "not running" then
        // would be noise, not news
        automatic = timer.scheduleWithFixedDelay(() -> context.connection().whenConnected()
                        .thenRun(() -> context.ui().execute(this::checkForUpdates)), 0,
                interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void close() {
        timer.shutdownNow();
    }

    // ---- outcomes ----

    private void apply(OSServerUpdateStatus answer) {
        UpdatingStatus s = answer.status();
        status.set(s);
        Known k = s.known().orElse(null);
        String raw = s.value();
        if (k == null) {
            show(Kind.UNKNOWN, "PiecesOS reported an unknown update state: " + raw,
                    "This panel does not know that state yet. PiecesOS may be newer than the panel; check again later.");
        } else {
            switch (k) {
                case UP_TO_DATE -> show(Kind.UP_TO_DATE, "PiecesOS is up to date", "");
                case AVAILABLE -> show(Kind.IN_PROGRESS, "An update is available",
                        "PiecesOS downloads it by itself. This page follows the download.");
                case DOWNLOADING -> show(Kind.IN_PROGRESS, "Downloading the update…",
                        "PiecesOS keeps working meanwhile.");
                case READY_TO_RESTART -> show(Kind.READY, "The update is ready",
                        "Restart PiecesOS to finish. It is away for a few seconds; tools using it reconnect.");
                case REINSTALL_REQUIRED -> show(Kind.NEEDS_ACTION, "This update needs a fresh install",
                        "PiecesOS cannot update itself this time. Download PiecesOS again from the Pieces website and "
                                + "install it over this one; your data stays.");
                case CONTACT_SUPPORT -> show(Kind.NEEDS_ACTION, "PiecesOS could not update itself",
                        "Contact Pieces support, and include the diagnostics from the Device page (Copy diagnostics).");
                case UPDATE_VIA_MICROSOFT_STORE -> show(Kind.NEEDS_ACTION, "Updated through the Microsoft Store",
                        "This PiecesOS came from the Microsoft Store: update it there (Store > Library > Get updates).");
                case UNKNOWN -> show(Kind.UNKNOWN, "PiecesOS does not know yet whether there is an update",
                        "Check again in a moment.");
            }
        }
        Double pct = answer.percentage();
        progress.set(k == Known.DOWNLOADING && pct != null && pct >= 0 ? Math.min(pct, 100) / 100.0 : -1);
        if (k == Known.DOWNLOADING && pct != null) {
            headline.set(String.format(Locale.ROOT, "Downloading the update… %.0f%%", Math.min(pct, 100)));
        }
        follow(kind.get() == Kind.IN_PROGRESS);
        if (kind.get() == Kind.READY && !showing.getAsBoolean()) {
            context.dialogs().notify("A PiecesOS update is ready. Open Updates to restart PiecesOS and finish it.");
        }
    }

    private void show(Kind k, String head, String text) {
        kind.set(k);
        headline.set(head);
        explanation.set(text);
    }

    /** Keeps checking while the update moves; gives up with a clear message after {@code giveUpAfter}. */
    private void follow(boolean moving) {
        if (followUp != null) {
            followUp.cancel(false);
            followUp = null;
        }
        if (!moving) {
            followingSince = null;
            return;
        }
        Instant now = context.clock().instant();
        if (followingSince == null) {
            followingSince = now;
        } else if (Duration.between(followingSince, now).compareTo(giveUpAfter) > 0) {
            followingSince = null;
            calls.report(new Problem("The update has not moved on for a long time. PiecesOS may be stuck: check again "
                    + "later, or restart PiecesOS.", "followed for more than " + giveUpAfter));
            return;
        }
        followUp = timer.schedule(() -> context.ui().execute(this::checkForUpdates), followEvery.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    // ---- state ----

    public ReadOnlyObjectProperty<UpdatingStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Kind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty restartingProperty() {
        return restarting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return calls.busyProperty();
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return calls.problemProperty();
    }

    public ReadOnlyObjectProperty<Instant> lastCheckedProperty() {
        return calls.lastSuccessProperty();
    }
}
