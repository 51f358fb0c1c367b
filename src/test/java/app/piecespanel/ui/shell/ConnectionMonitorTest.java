package app.piecespanel.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.api.ClientOptions;
import app.piecespanel.api.DiscoveryOptions;
import app.piecespanel.api.OsApiClient;
import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.ui.common.UiThread;
import app.piecespanel.ui.testkit.Await;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connection state machine, as the status bar reports it, against real simulators started and stopped on real
 * ports. PiecesOS is found through a port file, as a real one is: a simulator that comes back on another port
 * writes its new port there, and the monitor follows.
 */
class ConnectionMonitorTest {
    private static final ConnectionMonitor.Timing FAST = new ConnectionMonitor.Timing(Duration.ofMillis(100),
            Duration.ofMillis(100), Duration.ofMillis(400), Duration.ofMillis(50), Duration.ofSeconds(3),
            Duration.ofSeconds(10));

    @TempDir
    Path dir;
    private Path portFile;
    private final List<PiecesOsSimulator> sims = new CopyOnWriteArrayList<>();
    private final List<ConnectionState> states = new CopyOnWriteArrayList<>();
    private final CurrentAddress address = new CurrentAddress();
    private OsApiClient client;
    private ConnectionMonitor monitor;

    @BeforeEach
    void setUp() {
        portFile = dir.resolve(".port.txt");
        client = new OsApiClient(address, ClientOptions.defaults().withCallTimeout(Duration.ofSeconds(2)));
        // only the port file: no scan of the shared range, no legacy ports, so other tests' simulators never count
        DiscoveryOptions options = new DiscoveryOptions(null, List.of(portFile), "127.0.0.1", 1, 0, List.of());
        monitor = new ConnectionMonitor(client, address, Locator.discovery(client, () -> options), UiThread.direct(),
                FAST);
        monitor.addStateListener(states::add);
    }

    @AfterEach
    void tearDown() {
        monitor.close();
        client.close();
        sims.forEach(PiecesOsSimulator::close);
    }

    private PiecesOsSimulator startSimulator(PiecesOsSimulator.Builder b) throws Exception {
        PiecesOsSimulator s = b.build().start();
        sims.add(s);
        Files.writeString(portFile, String.valueOf(s.port()));
        return s;
    }

    private void awaitState(ConnectionState s) {
        Await.until("the monitor to be " + s + " (seen " + states + ")", () -> monitor.stateProperty().get() == s);
    }

    @Test
    void foundSaysWhereAndWhichVersion() throws Exception {
        PiecesOsSimulator sim = startSimulator(PiecesOsSimulator.builder().version("12.3.1"));
        monitor.start();
        awaitState(ConnectionState.CONNECTED);
        assertEquals("Connected to PiecesOS 12.3.1 on port " + sim.port(), monitor.sentenceProperty().get());
        assertEquals(sim.baseUri().getPort(), monitor.addressProperty().get().getPort());
        assertTrue(monitor.detailsProperty().get().contains("port file"), monitor.detailsProperty().get());
        assertEquals("", monitor.versionWarningProperty().get());
    }

    @Test
    void notFoundSaysSoAndKeepsLookingUntilItAppears() throws Exception {
        int free;
        try (ServerSocket s = new ServerSocket(0)) {
            free = s.getLocalPort();
        }
        Files.writeString(portFile, String.valueOf(free));
        monitor.start();
        awaitState(ConnectionState.NOT_FOUND);
        assertEquals("PiecesOS is not running", monitor.sentenceProperty().get());
        assertFalse(monitor.connectedProperty().get());
        assertFalse(monitor.everConnectedProperty().get());
        assertTrue(monitor.detailsProperty().get().contains("✗"), "the steps tried are listed");

        PiecesOsSimulator sim = startSimulator(PiecesOsSimulator.builder());
        awaitState(ConnectionState.CONNECTED);
        assertEquals(sim.port(), monitor.addressProperty().get().getPort());
    }

    @Test
    void lostThenBackWhereItWas() throws Exception {
        PiecesOsSimulator sim = startSimulator(PiecesOsSimulator.builder());
        int port = sim.port();
        List<Runnable> returned = new CopyOnWriteArrayList<>();
        monitor.addReturnListener(() -> returned.add(() -> { }));
        monitor.start();
        awaitState(ConnectionState.CONNECTED);
        sim.close();
        awaitState(ConnectionState.RECONNECTING);
        assertEquals("Reconnecting…", monitor.sentenceProperty().get());
        assertTrue(monitor.everConnectedProperty().get());

        startSimulator(PiecesOsSimulator.builder().port(port));
        awaitState(ConnectionState.CONNECTED);
        Await.until("the pages are told it is back", () -> returned.size() == 1);
    }

    @Test
    void backOnAnotherPortIsFoundAgain() throws Exception {
        PiecesOsSimulator first = startSimulator(PiecesOsSimulator.builder().version("12.3.1"));
        monitor.start();
        awaitState(ConnectionState.CONNECTED);
        first.close();
        awaitState(ConnectionState.RECONNECTING);

        PiecesOsSimulator second = startSimulator(PiecesOsSimulator.builder().version("12.4.0"));
        Await.until("connected on the new port", () -> monitor.connectedProperty().get()
                && monitor.addressProperty().get().getPort() == second.port());
        assertEquals("Connected to PiecesOS 12.4.0 on port " + second.port(), monitor.sentenceProperty().get(),
                "the version is read again");
        assertEquals(second.port(), address.get().getPort(), "the client follows");
    }

    @Test
    void aRequestedRestartIsExpectedAndEndsConnected() throws Exception {
        PiecesOsSimulator sim = startSimulator(PiecesOsSimulator.builder().restartDowntime(Duration.ofMillis(800)));
        monitor.start();
        awaitState(ConnectionState.CONNECTED);
        states.clear();
        CompletableFuture<Void> back = monitor.expectRestart();
        client.restart().get(5, TimeUnit.SECONDS);
        back.get(10, TimeUnit.SECONDS);
        awaitState(ConnectionState.CONNECTED);
        assertTrue(states.contains(ConnectionState.RESTARTING), "worded as a restart: " + states);
        assertFalse(states.contains(ConnectionState.RECONNECTING), "never as a lost connection: " + states);
        assertEquals(sim.port(), monitor.addressProperty().get().getPort());
    }

    @Test
    void aRestartOntoAnotherPortIsFollowed() throws Exception {
        PiecesOsSimulator sim = startSimulator(PiecesOsSimulator.builder().restartDowntime(Duration.ofMillis(500))
                .restartOnNewPort(true));
        int before = sim.port();
        monitor.start();
        awaitState(ConnectionState.CONNECTED);
        CompletableFuture<Void> back = monitor.expectRestart();
        client.restart().get(5, TimeUnit.SECONDS);
        // PiecesOS writes its new port to the port file when it comes back
        Await.until("the simulator is back elsewhere", () -> sim.port() != before);
        Files.writeString(portFile, String.valueOf(sim.port()));
        back.get(10, TimeUnit.SECONDS);
        Await.until("connected on the new port", () -> monitor.connectedProperty().get()
                && monitor.addressProperty().get().getPort() == sim.port());
    }

    @Test
    void aVersionOutsideTheKnownRangeGetsAQuietNoteNotARefusal() throws Exception {
        startSimulator(PiecesOsSimulator.builder().version("99.0.0"));
        monitor.start();
        awaitState(ConnectionState.CONNECTED);
        assertTrue(monitor.sentenceProperty().get().startsWith("Connected to PiecesOS 99.0.0"));
        assertTrue(monitor.versionWarningProperty().get().contains("99.0.0"), monitor.versionWarningProperty().get());
    }

    @Test
    void aPiecesOsWhoseHealthCheckFailsIsStillThereButNotedAsUnwell() throws Exception {
        PiecesOsSimulator sim = startSimulator(PiecesOsSimulator.builder());
        monitor.start();
        awaitState(ConnectionState.CONNECTED);
        long before = healthChecks(sim);
        Await.until("a health check has passed since", () -> healthChecks(sim) > before);
        sim.setFault("/.well-known/health", new app.piecespanel.simulator.Fault.Status(500, "database is locked"));
        Await.until("noted as unwell", () -> monitor.healthWarningProperty().get().contains("HTTP 500"));
        assertEquals(ConnectionState.CONNECTED, monitor.stateProperty().get(), "it answers, so it is not lost");
        sim.clearFaults();
        Await.until("the note goes once the check is right again",
                () -> monitor.healthWarningProperty().get().isEmpty());
    }

    private static long healthChecks(PiecesOsSimulator sim) {
        return sim.requests().stream().filter(r -> r.path().equals("/.well-known/health")).count();
    }
}
