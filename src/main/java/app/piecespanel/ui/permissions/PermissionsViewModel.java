package app.piecespanel.ui.permissions;

import app.piecespanel.api.ApiFailure;
import app.piecespanel.api.model.OSPermissions;
import app.piecespanel.ui.common.CallLifecycle;
import app.piecespanel.ui.common.PanelContext;
import app.piecespanel.ui.common.Problem;
import java.text.MessageFormat;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The processing permissions of PiecesOS: what each one is now, and asking for one. After a request it re-reads by
 * itself; when the request makes PiecesOS restart (the connection drops right after), that is said as such and the
 * permissions are read again once PiecesOS is back, instead of showing an error. Where PiecesOS reports no
 * permissions at all (Linux), there is nothing to grant.
 */
public final class PermissionsViewModel {
    private final PanelContext context;
    private final ResourceBundle words;
    private final String os;
    private final Duration restartPatience;
    private final CallLifecycle calls;
    private final Map<Permission, ReadOnlyObjectWrapper<GrantState>> states = new EnumMap<>(Permission.class);
    private final ReadOnlyBooleanWrapper applies = new ReadOnlyBooleanWrapper(this, "applies", true);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper restarting = new ReadOnlyBooleanWrapper(this, "restarting");
    private final ReadOnlyObjectWrapper<Permission> granting = new ReadOnlyObjectWrapper<>(this, "granting");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private Runnable retry = this::refresh;

    /**
     * @param os the operating system's name ({@code os.name}) the help text is written for; PiecesOS runs on this
     *     computer, as the API is reached on loopback
     * @param restartPatience how long to wait for PiecesOS to come back after a grant restarted it
     */
    public PermissionsViewModel(PanelContext context, Locale locale, String os, Duration restartPatience) {
        this.context = context;
        this.words = ResourceBundle.getBundle("app.piecespanel.ui.permissions.permissions", locale);
        this.os = os == null ? "" : os.toLowerCase(Locale.ROOT);
        this.restartPatience = restartPatience;
        this.calls = new CallLifecycle(context.ui(), context.clock());
        for (Permission p : Permission.values()) {
            states.put(p, new ReadOnlyObjectWrapper<>(this, p.name().toLowerCase(Locale.ROOT), GrantState.UNKNOWN));
        }
    }

    // ---- intents ----

    /** Reads the permissions again (the page's first visit, F5, PiecesOS back). */
    public void refresh() {
        if (calls.isBusy()) {
            return;
        }
        retry = this::refresh;
        calls.run(() -> context.client().permissions(), this::show, this::failed);
    }

    /** Asks PiecesOS for {@code p} only, then follows up by itself (re-read, or wait out a restart). */
    public void grant(Permission p) {
        if (calls.isBusy() || !applies.get()) {
            return;
        }
        retry = () -> grant(p);
        granting.set(p);
        notice.set("");
        calls.run(() -> context.client().requestPermissions(p.request())
                        .handle((answer, refused) -> refused)
                        .thenCompose(refused -> refused == null
                                // PiecesOS took the request: if it goes away now, it restarts to apply it
                                ? context.client().permissions()
                                        .exceptionallyCompose(e -> restarted(e) ? waitOutRestart() : failedFuture(e))
                                // a request nobody received (refused, not dropped) cannot have restarted anything
                                : droppedMidRequest(refused) ? waitOutRestart() : failedFuture(refused)),
                answer -> {
                    show(answer);
                    if (states.get(p).get() == GrantState.NOT_GRANTED) {
                        notice.set(MessageFormat.format(words.getString("grant.notYet"),
                                words.getString(p.name() + ".title"), help()));
                    }
                },
                this::failed);
    }

    /** The problem's action: the step that failed, again. */
    public void retry() {
        retry.run();
    }

    // ---- the restart a grant may cause ----

    private static boolean restarted(Throwable e) {
        return ApiFailure.of(e) instanceof ApiFailure.NotRunning;
    }

    /** The connection closed while PiecesOS had the request, as when it restarts to apply it at once. */
    private static boolean droppedMidRequest(Throwable e) {
        return ApiFailure.of(e) instanceof ApiFailure.NotRunning n && n.brokeOff();
    }

    private static <T> CompletableFuture<T> failedFuture(Throwable e) {
        return CompletableFuture.failedFuture(e);
    }

    /** PiecesOS went away right after a grant: it restarts to apply it. Read again once it answers. */
    private CompletableFuture<OSPermissions> waitOutRestart() {
        context.ui().execute(() -> restarting.set(true));
        context.connection().expectRestart().exceptionally(t -> null); // so the shell words the downtime as a restart
        long deadline = System.nanoTime() + restartPatience.toNanos();
        return readWhenBack(deadline);
    }

    private CompletableFuture<OSPermissions> readWhenBack(long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return CompletableFuture.failedFuture(new NotBack());
        }
        return context.connection().whenConnected()
                .orTimeout(left, TimeUnit.NANOSECONDS)
                .thenCompose(v -> context.client().permissions())
                .exceptionallyCompose(e -> {
                    if (unwrap(e) instanceof TimeoutException) {
                        return CompletableFuture.failedFuture(new NotBack());
                    }
                    if (!restarted(e)) {
                        return CompletableFuture.failedFuture(e);
                    }
                    // still down (or the connection monitor has not noticed yet): look again shortly
                    return CompletableFuture.supplyAsync(() -> null,
                                    CompletableFuture.delayedExecutor(250, TimeUnit.MILLISECONDS))
                            .thenCompose(v -> readWhenBack(deadline));
                });
    }

    private static Throwable unwrap(Throwable e) {
        Throwable c = e;
        while (c instanceof java.util.concurrent.CompletionException && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    /** PiecesOS did not come back within the patience after restarting for a grant. */
    private static final class NotBack extends Exception {
        NotBack() {
            super(null, null, false, false);
        }
    }

    // ---- outcomes ----

    private void show(OSPermissions answer) {
        boolean none = true;
        for (Permission p : Permission.values()) {
            if (p.in(answer) != null) {
                none = false;
            }
        }
        for (Permission p : Permission.values()) {
            Boolean v = p.in(answer);
            states.get(p).set(none ? GrantState.NOT_NEEDED
                    : v == null ? GrantState.UNKNOWN
                    : v ? GrantState.GRANTED : GrantState.NOT_GRANTED);
        }
        applies.set(!none);
        if (none) {
            notice.set("");
        }
        granting.set(null);
        restarting.set(false);
        loaded.set(true); // last: tests of the view-model wait for it
    }

    private void failed(Throwable error) {
        boolean wasRestarting = restarting.get();
        restarting.set(false);
        granting.set(null);
        if (unwrap(error) instanceof NotBack) {
            calls.report(new Problem(words.getString("restart.notBack"),
                    "PiecesOS did not answer within " + restartPatience.toSeconds()
                            + " s of restarting to apply a permission (" + context.connection().describe() + ")"));
        } else {
            Problem p = Problem.of(error);
            calls.report(wasRestarting ? new Problem(words.getString("restart.failed") + " " + p.sentence(),
                    p.details()) : p);
        }
    }

    /** Where the operating system's own switch is, for this computer's system. */
    private String help() {
        if (os.contains("mac") || os.contains("darwin")) {
            return words.getString("help.macos");
        }
        if (os.contains("win")) {
            return words.getString("help.windows");
        }
        return words.getString("help.macos") + "\n" + words.getString("help.windows");
    }

    // ---- state ----

    public ReadOnlyObjectProperty<GrantState> stateProperty(Permission p) {
        return states.get(p).getReadOnlyProperty();
    }

    public GrantState getState(Permission p) {
        return states.get(p).get();
    }

    /** False once PiecesOS reported no permissions at all (Linux): nothing to grant, no buttons. */
    public ReadOnlyBooleanProperty appliesProperty() {
        return applies.getReadOnlyProperty();
    }

    public boolean applies() {
        return applies.get();
    }

    /** True once the permissions were read at least once. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True while PiecesOS restarts to apply a permission. */
    public ReadOnlyBooleanProperty restartingProperty() {
        return restarting.getReadOnlyProperty();
    }

    public boolean isRestarting() {
        return restarting.get();
    }

    /** The permission being asked for now, or null. */
    public ReadOnlyObjectProperty<Permission> grantingProperty() {
        return granting.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return calls.busyProperty();
    }

    public boolean isBusy() {
        return calls.isBusy();
    }

    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return calls.problemProperty();
    }

    public Problem getProblem() {
        return calls.getProblem();
    }

    /** A calm follow-up after a grant that did not take yet (where the system's own switch is), or "". */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Where this system's own switches are, as help text. */
    public String helpText() {
        return help();
    }
}
