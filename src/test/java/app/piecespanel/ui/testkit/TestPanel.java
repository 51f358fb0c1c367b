package app.piecespanel.ui.testkit;

import app.piecespanel.api.CallListener;
import app.piecespanel.api.CallRecord;
import app.piecespanel.api.ClientOptions;
import app.piecespanel.api.OsApiClient;
import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.ui.common.PanelContext;
import app.piecespanel.ui.common.UiThread;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Everything a section needs, wired to a real simulator on a real loopback port: the client (following the
 * simulator's current address), a {@link PollingConnection}, a {@link ScriptedDialogs} and a {@link RecordingDesktop}.
 * Close it to stop the simulator, the client and the connection.
 */
public final class TestPanel implements AutoCloseable {
    public final PiecesOsSimulator simulator;
    public final OsApiClient client;
    public final PollingConnection connection;
    public final ScriptedDialogs dialogs = new ScriptedDialogs();
    public final RecordingDesktop desktop = new RecordingDesktop();
    public final List<CallRecord> calls = new CopyOnWriteArrayList<>();
    /** "METHOD /path" of every call the client started, in order, as it sends it (before any answer). */
    public final List<String> sent = new CopyOnWriteArrayList<>();
    public final PanelContext context;

    /** While set, the client is sent to this address, where nothing listens (see {@link #refuseConnections()}). */
    private volatile URI refusing;

    private TestPanel(PiecesOsSimulator simulator, UiThread ui, Duration callTimeout, Duration personTimeout) {
        this.simulator = simulator;
        this.client = new OsApiClient(() -> refusing != null ? refusing : simulator.baseUri(), ClientOptions.defaults()
                .withCallTimeout(callTimeout)
                .withPersonTimeout(personTimeout)
                .withListener(new CallListener() {
                    @Override
                    public void onStart(String method, String path) {
                        sent.add(method + " " + path);
                    }

                    @Override
                    public void onCall(CallRecord record) {
                        calls.add(record);
                    }
                }));
        this.connection = new PollingConnection(client, ui);
        this.context = new PanelContext(client, ui, dialogs, desktop, connection, Clock.systemDefaultZone(),
                "test");
    }

    /** Starts {@code builder}'s simulator and wires a panel context to it; writes state on {@code ui}. */
    public static TestPanel start(PiecesOsSimulator.Builder builder, UiThread ui) {
        return new TestPanel(builder.build().start(), ui, Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    /**
     * For TestFX tests of failures: every call, the ones that wait for a person included, gives up after
     * {@code timeout}, so a hanging PiecesOS ends a test in about that long.
     */
    public static TestPanel fx(PiecesOsSimulator.Builder builder, Duration timeout) {
        return new TestPanel(builder.build().start(), UiThread.fx(), timeout, timeout);
    }

    /** For view-model tests: state is written on whichever thread completes the work. */
    public static TestPanel direct(PiecesOsSimulator.Builder builder) {
        return start(builder, UiThread.direct());
    }

    /** For TestFX tests: state is written on the JavaFX thread. */
    public static TestPanel fx(PiecesOsSimulator.Builder builder) {
        return start(builder, UiThread.fx());
    }

    /** How many calls to {@code path} the client has sent so far, answered or not. */
    public long sentTo(String path) {
        return sent.stream().filter(s -> s.endsWith(" " + path)).count();
    }

    /** How many requests to {@code path} the simulator has answered or seen abandoned. */
    public long requestsTo(String path) {
        return simulator.requests().stream().filter(r -> r.path().equals(path)).count();
    }

    /**
     * From now on the client reaches a loopback port where nothing listens: every call is refused, as when PiecesOS
     * is not running. The simulator keeps running; {@link #acceptConnections()} points the client back at it.
     */
    public void refuseConnections() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            refusing = URI.create("http://127.0.0.1:" + s.getLocalPort()); // free again once closed
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void acceptConnections() {
        refusing = null;
    }

    @Override
    public void close() {
        connection.close();
        client.close();
        simulator.close();
    }
}
