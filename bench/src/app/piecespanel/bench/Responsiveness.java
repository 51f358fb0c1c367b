package app.piecespanel.bench;

import java.util.ArrayList;
import java.util.List;

/** The longest freeze of the window while a script clicks through the panel: stalled simulator against healthy. */
final class Responsiveness {
    static List<Row> run(int rounds, List<String> jvmOptions) throws Exception {
        List<Double> healthy = new ArrayList<>();
        List<Double> stalled = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            healthy.add(gap(jvmOptions, "healthy"));
            stalled.add(gap(jvmOptions, "stalled"));
        }
        Row vsHealthy = new Row("responsiveness: longest pulse gap, every endpoint stalled 5 s", new Stats(stalled),
                new Stats(healthy), "ms", 1.5, "(baseline: the same script against a healthy simulator)");
        Row absolute = new Row("responsiveness: longest pulse gap, stalled (absolute)", new Stats(stalled), null, "ms",
                50, "");
        return List.of(absolute, vsHealthy);
    }

    private static double gap(List<String> jvmOptions, String mode) throws Exception {
        ChildRun run = ChildRun.startUntil(ResponsivenessProbe.class.getName(), jvmOptions, List.of(mode), "BENCH-GAP");
        return run.value("BENCH-GAP");
    }

    private Responsiveness() {}
}
