package app.piecespanel.bench;

import app.piecespanel.api.ClientOptions;
import app.piecespanel.api.Discovery;
import app.piecespanel.api.DiscoveryOptions;
import app.piecespanel.api.DiscoveryResult;
import app.piecespanel.api.OsApiClient;
import app.piecespanel.simulator.PiecesOsSimulator;
import java.util.ArrayList;
import java.util.List;

/**
 * Discovery as the panel runs it (no manual address, no port file): the "not running" verdict with nothing
 * listening, and finding a simulator on the last port of the range. The targets are absolute (under a second).
 */
final class DiscoveryTime {
    static List<Row> run(int rounds) throws Exception {
        DiscoveryOptions options = DiscoveryOptions.defaults().withPortFiles(List.of());
        List<Double> none = new ArrayList<>();
        List<Double> last = new ArrayList<>();
        try (OsApiClient prober = new OsApiClient(() -> null, ClientOptions.defaults())) {
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                DiscoveryResult r = new Discovery(options, prober).find().join();
                none.add((System.nanoTime() - t0) / 1e6);
                if (r.found().isPresent()) {
                    throw new IllegalStateException("something answers on the PiecesOS ports here: " + r.found().get()
                            + "; stop it to measure the not-running verdict");
                }
            }
            try (PiecesOsSimulator sim = PiecesOsSimulator.builder().port(DiscoveryOptions.SCAN_TO).build().start()) {
                for (int i = 0; i < rounds; i++) {
                    long t0 = System.nanoTime();
                    DiscoveryResult r = new Discovery(options, prober).find().join();
                    last.add((System.nanoTime() - t0) / 1e6);
                    if (r.found().isEmpty()) {
                        throw new IllegalStateException("discovery did not find the simulator on " + sim.port());
                    }
                }
            }
        }
        return List.of(
                new Row("discovery: \"not running\" verdict", new Stats(none), null, "ms", 1000, ""),
                new Row("discovery: found on port " + DiscoveryOptions.SCAN_TO, new Stats(last), null, "ms", 1000, ""));
    }

    private DiscoveryTime() {}
}
