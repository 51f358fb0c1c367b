package app.piecespanel.ui.testkit;

import app.piecespanel.api.CallRecord;
import app.piecespanel.api.ClientOptions;
import app.piecespanel.api.OsApiClient;
import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.ui.common.PanelContext;
import app.piecespanel.ui.common.UiThread;
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
    public final PanelContext context;

    private TestPanel(PiecesOsSimulator simulator, UiThread ui) {
        this.simulator = simulator;
        this.client = new OsApiClient(simulator::baseUri, ClientOptions.defaults()
                .withCallTimeout(Duration.ofSeconds(5))
                .withPersonTimeout(Duration.ofSeconds(30))
                .withListener(calls::add));
        this.connection = new PollingConnection(client, ui);
        this.context = new PanelContext(client, ui, dialogs, desktop, connection, Clock.systemDefaultZone(),
                "test");
    }

    /** Starts {@code builder}'s simulator and wires a panel context to it; writes state on {@code ui}. */
    public static TestPanel start(PiecesOsSimulator.Builder builder, UiThread ui) {
        return new TestPanel(builder.build().start(), ui);
    }

    /** For view-model tests: state is written on whichever thread completes the work. */
    public static TestPanel direct(PiecesOsSimulator.Builder builder) {
        return start(builder, UiThread.direct());
    }

    /** For TestFX tests: state is written on the JavaFX thread. */
    public static TestPanel fx(PiecesOsSimulator.Builder builder) {
        return start(builder, UiThread.fx());
    }

    /** How many requests to {@code path} the simulator has answered or seen abandoned. */
    public long requestsTo(String path) {
        return simulator.requests().stream().filter(r -> r.path().equals(path)).count();
    }

    @Override
    public void close() {
        connection.close();
        client.close();
        simulator.close();
    }
}
