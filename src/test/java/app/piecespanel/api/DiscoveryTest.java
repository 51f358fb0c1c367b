package app.piecespanel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.simulator.Generation;
import app.piecespanel.simulator.PiecesOsSimulator;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery against real simulators on real ports, each step in the contract's order. */
class DiscoveryTest {
    @TempDir
    Path home;
    private PiecesOsSimulator sim;
    private OsApiClient prober;
    private int deadPort;

    @BeforeEach
    void setUp() throws IOException {
        sim = PiecesOsSimulator.builder().port(0).build().start();
        prober = new OsApiClient(URI.create("http://127.0.0.1"), ClientOptions.defaults());
        try (ServerSocket s = new ServerSocket(0)) {
            deadPort = s.getLocalPort();
        }
    }

    @AfterEach
    void tearDown() {
        sim.close();
        prober.close();
    }

    /** Only the given places, so the test does not depend on what else runs on this machine. */
    private DiscoveryOptions nowhere() {
        return new DiscoveryOptions(null, List.of(home.resolve("missing.txt")), "127.0.0.1", deadPort, deadPort, List.of());
    }

    private DiscoveryResult find(DiscoveryOptions o) {
        return new Discovery(o, prober).find().join();
    }

    @Test
    void nothingListeningGivesAVerdictWithEveryStepExplained() {
        DiscoveryResult r = find(nowhere().withLegacyPorts(List.of(deadPort)));
        assertTrue(r.found().isEmpty());
        assertEquals(List.of(DiscoveryStep.SETTINGS, DiscoveryStep.PORT_FILE, DiscoveryStep.SCAN, DiscoveryStep.LEGACY_PORT),
                r.steps().stream().map(StepReport::step).toList());
        assertTrue(r.steps().stream().noneMatch(StepReport::found));
    }

    @Test
    void theAddressInSettingsComesFirst() {
        DiscoveryResult r = find(nowhere().withManualAddress(sim.baseUri()));
        assertEquals(sim.baseUri(), r.found().orElseThrow().baseUri());
        assertEquals(DiscoveryStep.SETTINGS, r.found().get().step());
        assertEquals(1, r.steps().size(), "nothing else is tried once found");
    }

    @Test
    void thePortFileIsRead() throws IOException {
        Path file = home.resolve(".port.txt");
        Files.writeString(file, sim.port() + "\n");
        DiscoveryResult r = find(nowhere().withPortFiles(List.of(file)));
        assertEquals(sim.port(), r.found().orElseThrow().port());
        assertEquals(DiscoveryStep.PORT_FILE, r.found().get().step());
    }

    @Test
    void aPortFileSayingNullIsNamedAndTheSearchGoesOn() throws IOException {
        Path file = home.resolve(".port.txt");
        Files.writeString(file, "null");
        DiscoveryResult r = find(nowhere().withPortFiles(List.of(file)).withScanRange(sim.port() - 1, sim.port() + 1));
        StepReport portFile = r.steps().stream().filter(s -> s.step() == DiscoveryStep.PORT_FILE).findFirst().orElseThrow();
        assertFalse(portFile.found());
        assertTrue(portFile.note().contains("'null'"), portFile.note());
        assertEquals(DiscoveryStep.SCAN, r.found().orElseThrow().step());
    }

    @Test
    void theScanFindsPiecesOsAnywhereInTheRange() {
        DiscoveryResult r = find(nowhere().withScanRange(sim.port() - 20, sim.port() + 13));
        assertEquals(sim.baseUri().getPort(), r.found().orElseThrow().port());
        assertEquals(DiscoveryStep.SCAN, r.found().get().step());
    }

    @Test
    void theScanIgnoresAServerWithoutTheHealthEndpointButTheLegacyPortTakesIt() {
        try (PiecesOsSimulator seed = PiecesOsSimulator.builder().port(0).generation(Generation.SEED).build().start()) {
            DiscoveryResult r = find(nowhere().withScanRange(seed.port(), seed.port()).withLegacyPorts(List.of(deadPort, seed.port())));
            assertEquals(DiscoveryStep.LEGACY_PORT, r.found().orElseThrow().step());
            assertEquals(seed.port(), r.found().get().port());
        }
    }
}
