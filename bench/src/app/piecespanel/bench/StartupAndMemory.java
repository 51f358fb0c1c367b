package app.piecespanel.bench;

import app.piecespanel.simulator.PiecesOsSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Start-up (process start to first frame, and to ready) and memory once ready: the panel, connected to a
 * simulator by {@code --url}, against {@link FloorWindow}, each started alternately as a fresh JVM with the same
 * options, from the same jars. Both are measured twice: with the JDK's own class-data archive only, and each with an
 * AppCDS archive of its own, recorded here by a training run the way packaging records the panel's
 * ({@code packaging/linux/cds-archive.sh}).
 */
final class StartupAndMemory {
    private static final Path ARCHIVES = Path.of("target/bench-cds");

    private record Variant(String name, String mainClass, List<String> extraOptions) {}

    static List<Row> run(int rounds, List<String> jvmOptions) throws Exception {
        try (PiecesOsSimulator sim = PiecesOsSimulator.builder().build().start()) {
            List<String> panelArgs = List.of("--url", sim.baseUri().toString());
            Path panelArchive = train("panel", "app.piecespanel.Launcher", jvmOptions, panelArgs);
            Path floorArchive = train("floor", FloorWindow.class.getName(), jvmOptions, List.of());
            List<Variant> variants = List.of(
                    new Variant("floor", FloorWindow.class.getName(), List.of()),
                    new Variant("panel", "app.piecespanel.Launcher", List.of()),
                    new Variant("floor+cds", FloorWindow.class.getName(), List.of("-XX:SharedArchiveFile=" + floorArchive)),
                    new Variant("panel+cds", "app.piecespanel.Launcher", List.of("-XX:SharedArchiveFile=" + panelArchive)));
            List<List<ChildRun>> runs = new ArrayList<>();
            variants.forEach(v -> runs.add(new ArrayList<>()));
            for (int i = 0; i < rounds; i++) { // interleaved, so the neighbours' load hits every variant alike
                for (int v = 0; v < variants.size(); v++) {
                    Variant variant = variants.get(v);
                    List<String> options = new ArrayList<>(jvmOptions);
                    options.addAll(variant.extraOptions());
                    runs.get(v).add(ChildRun.start(variant.mainClass(), options,
                            variant.mainClass().equals(FloorWindow.class.getName()) ? List.of() : panelArgs));
                }
            }
            List<ChildRun> floor = runs.get(0);
            List<ChildRun> panel = runs.get(1);
            List<ChildRun> floorCds = runs.get(2);
            List<ChildRun> panelCds = runs.get(3);
            return List.of(
                    new Row("start-up: process start → first frame (both with AppCDS, as packaged)",
                            marks(panelCds, "first-frame"), marks(floorCds, "first-frame"), "ms", 1.3, ""),
                    new Row("start-up: the same, CPU time used by then (all threads)",
                            values(panelCds, "BENCH-CPU-first-frame"), values(floorCds, "BENCH-CPU-first-frame"), "ms", 1.3,
                            "(less affected by a busy machine than the wall clock)"),
                    new Row("start-up: process start → first frame (neither with AppCDS)",
                            marks(panel, "first-frame"), marks(floor, "first-frame"), "ms", 1.3, ""),
                    new Row("start-up: panel with AppCDS → first frame, against the floor without",
                            marks(panelCds, "first-frame"), marks(floor, "first-frame"), "ms", 1.3,
                            "(what a person sees: the panel as packaged, against a plain JavaFX app)"),
                    new Row("start-up: first frame → ready (connected, first page's data shown), with AppCDS",
                            readyAfterFrame(panelCds), null, "ms", 200, ""),
                    new Row("start-up: first frame → ready, without AppCDS", readyAfterFrame(panel), null, "ms", 200, ""),
                    new Row("memory: resident set once ready (both with AppCDS)", mb(panelCds, "BENCH-RSS"),
                            mb(floorCds, "BENCH-RSS"), "MB", 1.6, ""),
                    new Row("memory: used heap after GC once ready", mb(panelCds, "BENCH-HEAP"), mb(floorCds, "BENCH-HEAP"),
                            "MB", 1.6, ""));
        }
    }

    /**
     * Records which classes a run loads into an archive of its own: the panel quits once ready
     * ({@code -Dpanel.exitWhenReady=true}), the floor quits by itself, and the JVM writes the archive as it exits.
     */
    private static Path train(String name, String mainClass, List<String> jvmOptions, List<String> args)
            throws IOException, InterruptedException {
        Files.createDirectories(ARCHIVES);
        Path archive = ARCHIVES.resolve(name + ".jsa").toAbsolutePath();
        Files.deleteIfExists(archive);
        Path config = Files.createTempDirectory("panel-bench-training");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions.stream().filter(o -> !o.equals("-Dpanel.bench.marks=true")).toList());
        cmd.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dpanel.exitWhenReady=true",
                "-Dpanel.configDir=" + config, "-cp", ChildRun.jarClassPath(), mainClass));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ARCHIVES.resolve(name + "-training.log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            throw new IllegalStateException("the " + name + " training run did not end; see " + ARCHIVES);
        }
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("the " + name + " training run wrote no archive; see " + ARCHIVES);
        }
        return archive;
    }

    private static Stats marks(List<ChildRun> runs, String mark) {
        return new Stats(runs.stream().map(r -> r.mark(mark)).toList());
    }

    private static Stats values(List<ChildRun> runs, String key) {
        return new Stats(runs.stream().map(r -> r.value(key)).toList());
    }

    private static Stats mb(List<ChildRun> runs, String key) {
        return new Stats(runs.stream().map(r -> r.value(key) / 1048576.0).toList());
    }

    private static Stats readyAfterFrame(List<ChildRun> runs) {
        return new Stats(runs.stream().map(r -> r.mark("ready") - r.mark("first-frame")).toList());
    }

    private StartupAndMemory() {}
}
