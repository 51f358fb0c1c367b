package app.piecespanel.ui.testkit;

import app.piecespanel.api.ApiFailure;
import app.piecespanel.api.OsApiClient;
import app.piecespanel.ui.common.ConnectionStatus;
import app.piecespanel.ui.common.UiThread;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A small, honest {@link ConnectionStatus} for section tests: it asks the client's health every 50 ms (the client
 * follows the simulator's current address, so a restart on another port is followed too). The shell's own monitor
 * is tested on its own.
 */
public final class PollingConnection implements ConnectionStatus, AutoCloseable {
    private final OsApiClient client;
    private final UiThread ui;
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(this, "connected");
    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper(this, "version", "");
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "test-connection");
        t.setDaemon(true);
        return t;
    });
    private final List<CompletableFuture<Void>> waitingForUp = new ArrayList<>(); // guarded by this
    private CompletableFuture<Void> restart; // guarded by this
    private boolean sawDown; // guarded by this
    private volatile boolean up;

    public PollingConnection(OsApiClient client, UiThread ui) {
        this.client = client;
        this.ui = ui;
        timer.scheduleWithFixedDelay(this::poll, 0, 50, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        boolean nowUp;
        try {
            nowUp = client.probe(client.baseUri(), false).get(2, TimeUnit.SECONDS).running();
        } catch (Exception e) {
            nowUp = false;
        }
        up = nowUp;
        List<CompletableFuture<Void>> release = new ArrayList<>();
        synchronized (this) {
            if (!nowUp) {
                sawDown = true;
            } else {
                release.addAll(waitingForUp);
                waitingForUp.clear();
                if (restart != null && sawDown) {
                    release.add(restart);
                    restart = null;
                }
            }
        }
        boolean v = nowUp;
        ui.execute(() -> connected.set(v));
        if (nowUp && version.get().isEmpty()) {
            client.version().thenAccept(o -> o.ifPresent(s -> ui.execute(() -> version.set(s))));
        }
        release.forEach(f -> f.complete(null));
    }

    @Override
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    @Override
    public synchronized CompletableFuture<Void> expectRestart() {
        sawDown = false;
        restart = new CompletableFuture<>();
        return restart.orTimeout(30, TimeUnit.SECONDS).exceptionallyCompose(t -> CompletableFuture.failedFuture(
                new ApiFailure.TimedOut("PiecesOS did not come back within 30 s of the restart")));
    }

    @Override
    public synchronized CompletableFuture<Void> whenConnected() {
        if (up) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> f = new CompletableFuture<>();
        waitingForUp.add(f);
        return f;
    }

    @Override
    public String describe() {
        return client.baseUri() + " (test connection)";
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
