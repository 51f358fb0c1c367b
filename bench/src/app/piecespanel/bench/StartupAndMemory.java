package app.piecespanel.bench;

import app.piecespanel.simulator.PiecesOsSimulator;
import java.util.ArrayList;
import java.util.List;

/**
 * Start-up (process start to first frame, and to ready) and memory once ready: the panel, connected to a
 * simulator by {@code --url}, against {@link FloorWindow}, each started alternately as a fresh JVM with the same
 * options.
 */
final class StartupAndMemory {
    static List<Row> run(int rounds, List<String> jvmOptions) throws Exception {
        List<Double> floorFrame = new ArrayList<>();
        List<Double> panelFrame = new ArrayList<>();
        List<Double> panelReadyAfterFrame = new ArrayList<>();
        List<Double> floorRss = new ArrayList<>();
        List<Double> panelRss = new ArrayList<>();
        List<Double> floorHeap = new ArrayList<>();
        List<Double> panelHeap = new ArrayList<>();
        try (PiecesOsSimulator sim = PiecesOsSimulator.builder().build().start()) {
            for (int i = 0; i < rounds; i++) {
                ChildRun floor = ChildRun.start(FloorWindow.class.getName(), jvmOptions, List.of());
                ChildRun panel = ChildRun.start("app.piecespanel.Launcher", jvmOptions,
                        List.of("--url", sim.baseUri().toString()));
                floorFrame.add(floor.mark("first-frame"));
                panelFrame.add(panel.mark("first-frame"));
                panelReadyAfterFrame.add(panel.mark("ready") - panel.mark("first-frame"));
                floorRss.add(floor.value("BENCH-RSS") / 1048576.0);
                panelRss.add(panel.value("BENCH-RSS") / 1048576.0);
                floorHeap.add(floor.value("BENCH-HEAP") / 1048576.0);
                panelHeap.add(panel.value("BENCH-HEAP") / 1048576.0);
            }
        }
        return List.of(
                new Row("start-up: process start → first frame", new Stats(panelFrame), new Stats(floorFrame), "ms", 1.3, ""),
                new Row("start-up: first frame → ready (connected, first page's data shown)", new Stats(panelReadyAfterFrame),
                        null, "ms", 200, ""),
                new Row("memory: resident set once ready", new Stats(panelRss), new Stats(floorRss), "MB", 1.6, ""),
                new Row("memory: used heap after GC once ready", new Stats(panelHeap), new Stats(floorHeap), "MB", 1.6, ""));
    }

    private StartupAndMemory() {}
}
