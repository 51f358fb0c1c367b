package app.piecespanel.ui.shell;

import app.piecespanel.api.ApiFailure;
import app.piecespanel.api.OsApiClient;
import app.piecespanel.api.StepReport;
import app.piecespanel.ui.common.ConnectionStatus;
import app.piecespanel.ui.common.UiThread;
import app.piecespanel.ui.common.Words;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Finds PiecesOS and stays connected: a search through the {@link Locator} of the moment, then a quiet health
 * check every few seconds. When PiecesOS stops answering it tries again with growing pauses, first at the same
 * address, then with a new search (it may come back on another port). A restart the panel asked for is expected
 * and worded as such. The version is read at each (re)connection.
 *
 * <p>All decisions happen on one thread of its own, so probes answering at odd times never race; what the view
 * shows is handed to the {@link UiThread}. Health probes are not recorded in the Activity log (they would drown
 * it); the version read at each connection is.
 */
public final class ConnectionMonitor implements ConnectionStatus, AutoCloseable {

    /**
     * How often things happen.
     *
     * @param healthEvery pause between health checks while connected
     * @param retryFirst first pause after losing PiecesOS (it doubles, up to {@code retryMax})
     * @param retryMax longest pause between searches while offline
     * @param restartPoll pause between checks while a restart is expected
     * @param restartGrace how long a restart may take to start: if PiecesOS never stops answering in this time,
     *     the restart counts as done
     * @param restartTimeout how long PiecesOS may stay away after a restart before it counts as lost
     */
    public record Timing(Duration healthEvery, Duration retryFirst, Duration retryMax, Duration restartPoll,
            Duration restartGrace, Duration restartTimeout) {

        public static Timing defaults() {
            return new Timing(Duration.ofSeconds(3), Duration.ofSeconds(1), Duration.ofSeconds(15),
                    Duration.ofMillis(250), Duration.ofSeconds(10), Duration.ofSeconds(90));
        }
    }

    private final OsApiClient client;
    private final CurrentAddress current;
    private final UiThread ui;
    private final Timing timing;
    private final Words words = Words.of(ConnectionMonitor.class, "shell");
    private final ScheduledExecutorService loop = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "connection-monitor");
        t.setDaemon(true);
        return t;
    });

    private final ReadOnlyObjectWrapper<ConnectionState> state =
            new ReadOnlyObjectWrapper<>(this, "state", ConnectionState.LOOKING);
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(this, "connected");
    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper(this, "version", "");
    private final ReadOnlyStringWrapper versionWarning = new ReadOnlyStringWrapper(this, "versionWarning", "");
    private final ReadOnlyStringWrapper healthWarning = new ReadOnlyStringWrapper(this, "healthWarning", "");
    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper(this, "sentence");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private final ReadOnlyObjectWrapper<Search> lastSearch = new ReadOnlyObjectWrapper<>(this, "lastSearch");
    private final ReadOnlyObjectWrapper<URI> address = new ReadOnlyObjectWrapper<>(this, "address");
    private final ReadOnlyBooleanWrapper everConnected = new ReadOnlyBooleanWrapper(this, "everConnected");
    private final List<Runnable> returnListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ConnectionState>> stateListeners = new CopyOnWriteArrayList<>();

    // ---- confined to the loop thread ----
    private Locator locator;
    private ConnectionState phase = ConnectionState.LOOKING;
    private Search found; // the search that found the current address
    private Search latest; // the latest search, found or not
    private String knownVersion = "";
    private boolean sawHealthy; // this PiecesOS has answered its health check as PiecesOS does
    private String sick = ""; // what it says instead, since
    private boolean wasConnected;
    private long token; // bumped to forget answers of checks that were superseded
    private ScheduledFuture<?> next;
    private Duration pause;
    private Restart restart;
    private final List<CompletableFuture<Void>> waiters = new ArrayList<>();
    private boolean closed;

    // ---- read from any thread ----
    private volatile boolean up;
    private volatile String description;

    /** An expected restart: who waits for it, and the moments that bound it. */
    private static final class Restart {
        final List<CompletableFuture<Void>> waiting = new ArrayList<>();
        final long graceEnds;
        final long deadline;
        boolean sawDown;

        Restart(Timing t, boolean downAlready) {
            long now = System.nanoTime();
            graceEnds = now + t.restartGrace().toNanos();
            deadline = now + t.restartTimeout().toNanos();
            sawDown = downAlready;
        }
    }

    public ConnectionMonitor(OsApiClient client, CurrentAddress current, Locator locator, UiThread ui, Timing timing) {
        this.client = client;
        this.current = current;
        this.locator = Objects.requireNonNull(locator);
        this.ui = ui;
        this.timing = timing;
        this.pause = timing.retryFirst();
        this.sentence.set(words.get("status.looking"));
        this.description = words.get("details.looking");
    }

    // ---- intents ----

    /** Starts the first search. Returns at once: the search runs on the monitor's own thread. */
    public void start() {
        onLoop(this::search);
    }

    /** Looks again now (Retry, F5 on the not-running page); while connected it only checks health now. */
    public void searchNow() {
        onLoop(() -> {
            cancelNext();
            token++;
            pause = timing.retryFirst();
            if (phase == ConnectionState.CONNECTED) {
                checkHealth();
                return;
            }
            if (phase == ConnectionState.NOT_FOUND) {
                enter(ConnectionState.LOOKING);
            }
            search();
        });
    }

    /** From now on looks with {@code newLocator} (Settings changed, the simulator was chosen), starting at once. */
    public void useLocator(Locator newLocator) {
        Objects.requireNonNull(newLocator);
        onLoop(() -> {
            locator = newLocator;
            cancelNext();
            token++;
            pause = timing.retryFirst();
            current.set(CurrentAddress.NOWHERE_YET);
            found = null;
            up = false;
            enter(ConnectionState.LOOKING);
            locate();
        });
    }

    @Override
    public CompletableFuture<Void> expectRestart() {
        CompletableFuture<Void> back = new CompletableFuture<>();
        onLoop(() -> {
            if (restart == null) {
                restart = new Restart(timing, phase != ConnectionState.CONNECTED);
            }
            restart.waiting.add(back);
            if (phase == ConnectionState.CONNECTED || phase == ConnectionState.RECONNECTING) {
                enter(ConnectionState.RESTARTING);
            }
            if (phase == ConnectionState.RESTARTING && found != null && up) {
                scheduleHealth(); // look closely now, so a short downtime is not missed
            }
        });
        return back;
    }

    @Override
    public CompletableFuture<Void> whenConnected() {
        if (up) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> f = new CompletableFuture<>();
        onLoop(() -> {
            if (up) {
                f.complete(null);
            } else {
                waiters.add(f);
            }
        });
        return f;
    }

    /** Runs {@code r} on the UI thread each time PiecesOS answers again after it had been away. */
    public void addReturnListener(Runnable r) {
        returnListeners.add(r);
    }

    /** Told every state the monitor enters, on its own thread, in order (for tests and logs). */
    public void addStateListener(Consumer<ConnectionState> l) {
        stateListeners.add(l);
    }

    @Override
    public void close() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            loop.execute(() -> {
                closed = true;
                cancelNext();
                ApiFailure gone = new ApiFailure.Cancelled("the panel is closing");
                waiters.forEach(w -> w.completeExceptionally(gone));
                waiters.clear();
                if (restart != null) {
                    restart.waiting.forEach(w -> w.completeExceptionally(gone));
                    restart = null;
                }
                done.complete(null);
            });
            done.get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            // closing anyway
        }
        loop.shutdownNow();
    }

    // ---- the state machine (loop thread) ----

    /** Tries the last address first (PiecesOS usually comes back where it was), then a full search. */
    private void search() {
        if (found == null) {
            locate();
            return;
        }
        long mine = token;
        URI at = found.address().orElseThrow();
        client.probe(at, false).whenComplete((h, e) -> onLoop(() -> {
            if (mine != token) {
                return;
            }
            if (e == null) {
                connect(found);
            } else {
                locate();
            }
        }));
    }

    private void locate() {
        long mine = token;
        CompletableFuture<Search> searching;
        try {
            searching = locator.locate();
        } catch (RuntimeException e) {
            searching = CompletableFuture.completedFuture(Search.none(Search.Source.PIECES_OS,
                    words.get("search.failed", String.valueOf(e.getMessage())), List.of()));
        }
        searching.whenComplete((s, e) -> onLoop(() -> {
            if (mine != token) {
                return;
            }
            Search result = s != null ? s : Search.none(Search.Source.PIECES_OS,
                    words.get("search.failed", ApiFailure.of(e).detail()), List.of());
            latest = result;
            if (result.found()) {
                connect(result);
            } else {
                nothingFound();
            }
        }));
    }

    /** Something answers at {@code s}'s address: follow it, read its version, then say so. */
    private void connect(Search s) {
        long mine = token;
        sawHealthy = false;
        tellSick("");
        URI at = s.address().orElseThrow();
        current.set(at);
        client.version().handle((v, e) -> e == null ? v : Optional.<String>empty())
                .whenComplete((v, e) -> onLoop(() -> {
                    if (mine != token) {
                        return;
                    }
                    knownVersion = v == null ? "" : v.orElse("");
                    becomeConnected(s);
                }));
    }

    private void becomeConnected(Search s) {
        boolean returned = wasConnected && phase != ConnectionState.CONNECTED && !up;
        found = s;
        wasConnected = true;
        up = true;
        pause = timing.retryFirst();
        if (restart != null && restart.sawDown) {
            finishRestart(null);
        }
        // a restart asked for but not begun yet keeps its words until PiecesOS goes away (or the grace ends)
        enter(restart != null ? ConnectionState.RESTARTING : ConnectionState.CONNECTED);
        waiters.forEach(w -> w.complete(null));
        waiters.clear();
        if (returned) {
            ui.execute(() -> returnListeners.forEach(Runnable::run));
        }
        scheduleHealth();
    }

    private void scheduleHealth() {
        schedule(restart != null ? timing.restartPoll() : timing.healthEvery(), this::checkHealth);
    }

    private void checkHealth() {
        if (found == null) {
            search();
            return;
        }
        long mine = token;
        URI at = found.address().orElseThrow();
        client.probe(at, false).whenComplete((h, e) -> onLoop(() -> {
            if (mine != token) {
                return;
            }
            if (e == null) {
                noteHealth(h);
                if (restart != null && !restart.sawDown && System.nanoTime() > restart.graceEnds) {
                    finishRestart(null); // it never went away: done, as far as anyone can tell
                    enter(ConnectionState.CONNECTED);
                }
                scheduleHealth();
            } else {
                lost();
            }
        }));
    }

    /**
     * A PiecesOS that answered its health check properly and now answers it otherwise (a 500, a page) is up but
     * unwell: the status bar says so quietly, and stops saying it once the check is right again. (A seed-generation
     * PiecesOS never has the check, so it never counts as unwell.)
     */
    private void noteHealth(app.piecespanel.api.Health h) {
        if (h.wellKnown()) {
            sawHealthy = true;
            tellSick("");
        } else if (sawHealthy) {
            tellSick(words.get("health.unwell", h.text()));
        }
    }

    private void tellSick(String words) {
        if (!words.equals(sick)) {
            sick = words;
            ui.execute(() -> healthWarning.set(words));
        }
    }

    private void lost() {
        tellSick("");
        up = false;
        pause = timing.retryFirst();
        if (restart != null) {
            restart.sawDown = true;
            enter(ConnectionState.RESTARTING);
            schedule(timing.restartPoll(), this::search);
        } else {
            enter(ConnectionState.RECONNECTING);
            schedule(pause, this::search);
        }
    }

    private void nothingFound() {
        if (restart != null) {
            if (System.nanoTime() > restart.deadline) {
                finishRestart(new ApiFailure.TimedOut("PiecesOS did not answer again within "
                        + timing.restartTimeout().toSeconds() + " s of the restart"));
                enter(wasConnected ? ConnectionState.RECONNECTING : ConnectionState.NOT_FOUND);
            } else {
                enter(ConnectionState.RESTARTING); // the search's steps are news for the tooltip
                schedule(timing.restartPoll(), this::search);
                return;
            }
        } else if (phase == ConnectionState.LOOKING || phase == ConnectionState.NOT_FOUND) {
            enter(ConnectionState.NOT_FOUND);
        } else {
            enter(ConnectionState.RECONNECTING);
        }
        Duration wait = pause;
        Duration doubled = pause.multipliedBy(2);
        pause = doubled.compareTo(timing.retryMax()) > 0 ? timing.retryMax() : doubled;
        schedule(wait, this::search);
    }

    private void finishRestart(ApiFailure failure) {
        Restart r = restart;
        restart = null;
        for (CompletableFuture<Void> w : r.waiting) {
            if (failure == null) {
                w.complete(null);
            } else {
                w.completeExceptionally(failure);
            }
        }
    }

    private void schedule(Duration delay, Runnable what) {
        cancelNext();
        if (closed) {
            return;
        }
        long mine = token;
        next = loop.schedule(() -> {
            if (mine == token && !closed) {
                what.run();
            }
        }, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void cancelNext() {
        if (next != null) {
            next.cancel(false);
            next = null;
        }
    }

    private void onLoop(Runnable r) {
        try {
            loop.execute(() -> {
                if (!closed) {
                    r.run();
                }
            });
        } catch (RejectedExecutionException closing) {
            // the panel is closing: nothing more to do
        }
    }

    /** Enters {@code s} and shows what it means: state, sentence, details, version and its warning. */
    private void enter(ConnectionState s) {
        phase = s;
        boolean isUp = up && (s == ConnectionState.CONNECTED || s == ConnectionState.RESTARTING);
        Search where = isUp ? found : null;
        String v = isUp ? knownVersion : "";
        String port = where == null ? "" : String.valueOf(where.address().orElseThrow().getPort());
        String words = sentenceFor(s, where, v, port);
        String warning = isUp ? VersionSupport.unknown(v)
                .map(x -> this.words.get("version.unknown", x, VersionSupport.knownRange())).orElse("") : "";
        String detail = describe(s, where, v);
        description = detail;
        Search search = latest;
        URI at = where == null ? null : where.address().orElseThrow();
        boolean ever = wasConnected;
        stateListeners.forEach(l -> l.accept(s));
        ui.execute(() -> {
            state.set(s);
            connected.set(isUp);
            version.set(v);
            versionWarning.set(warning);
            sentence.set(words);
            details.set(detail);
            lastSearch.set(search);
            address.set(at);
            everConnected.set(ever);
        });
    }

    private String sentenceFor(ConnectionState s, Search where, String v, String port) {
        return switch (s) {
            case LOOKING -> words.get("status.looking");
            case NOT_FOUND -> words.get("status.notRunning");
            case RECONNECTING -> words.get("status.reconnecting");
            case RESTARTING -> words.get("status.restarting");
            case CONNECTED -> switch (where.source()) {
                case PIECES_OS -> v.isEmpty() ? words.get("status.connectedNoVersion", port)
                        : words.get("status.connected", v, port);
                case SIMULATOR -> words.get("status.simulator", v.isEmpty() ? "?" : v, port);
                case SIMULATOR_FALLBACK -> words.get("status.simulatorFallback", v.isEmpty() ? "?" : v, port);
            };
        };
    }

    private String describe(ConnectionState s, Search where, String v) {
        StringBuilder b = new StringBuilder();
        if (where != null) {
            b.append(words.get("details.at", v.isEmpty() ? words.get("details.versionUnknown") : v,
                    where.address().orElseThrow().toString(), where.how()));
        } else {
            b.append(switch (s) {
                case LOOKING -> words.get("details.looking");
                case NOT_FOUND -> words.get("details.notFound");
                case RECONNECTING -> words.get("details.reconnecting");
                default -> words.get("details.restarting");
            });
        }
        Search last = latest;
        if (last != null && !last.steps().isEmpty()) {
            b.append('\n').append(words.get("details.lastSearch"));
            for (StepReport r : last.steps()) {
                b.append("\n  ").append(r.found() ? "✓ " : "✗ ").append(r.step().words()).append(": ")
                        .append(r.target()).append(r.note().isEmpty() ? "" : " (" + r.note() + ")");
            }
        }
        if (last != null && !last.found() && !last.how().isEmpty()) {
            b.append('\n').append(last.how());
        }
        return b.toString();
    }

    // ---- what the view reads ----

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    /** A quiet note when the version is outside what the panel knows to work with; empty otherwise. */
    public ReadOnlyStringProperty versionWarningProperty() {
        return versionWarning.getReadOnlyProperty();
    }

    /** A quiet note while PiecesOS answers but its health check says something is wrong; empty otherwise. */
    public ReadOnlyStringProperty healthWarningProperty() {
        return healthWarning.getReadOnlyProperty();
    }

    /** The status bar's words: "Connected to PiecesOS 12.3.1 on port 39300", "Reconnecting…". */
    public ReadOnlyStringProperty sentenceProperty() {
        return sentence.getReadOnlyProperty();
    }

    /** Where and how it was found, and the last search's steps: the status bar's tooltip. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The latest search (found or not), with its steps; null before the first ends. */
    public ReadOnlyObjectProperty<Search> lastSearchProperty() {
        return lastSearch.getReadOnlyProperty();
    }

    /** Where PiecesOS answers while connected; null otherwise. */
    public ReadOnlyObjectProperty<URI> addressProperty() {
        return address.getReadOnlyProperty();
    }

    /** True once PiecesOS has answered at least once in this session. */
    public ReadOnlyBooleanProperty everConnectedProperty() {
        return everConnected.getReadOnlyProperty();
    }

    @Override
    public String describe() {
        return description;
    }
}
