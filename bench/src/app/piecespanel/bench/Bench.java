package app.piecespanel.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The benchmark: one table, each row a median over several runs with its spread, and the ratio to a baseline
 * measured in the same run. Run through {@code bench/run}; never part of the test suite.
 */
public final class Bench {
    private Bench() {}

    public static void main(String[] args) throws Exception {
        int rounds = 5;
        Set<String> parts = new LinkedHashSet<>(List.of("startup", "responsiveness", "client", "discovery", "size"));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--only" -> parts = new LinkedHashSet<>(Arrays.asList(args[++i].split(",")));
                default -> throw new IllegalArgumentException("usage: bench/run [--rounds N] [--only "
                        + "startup,responsiveness,client,discovery,size]");
            }
        }
        List<String> jvm = childJvmOptions();
        System.out.println(machine(jvm));
        List<Row> rows = new ArrayList<>();
        for (String part : parts) {
            System.err.println("… " + part);
            switch (part) {
                case "startup" -> rows.addAll(StartupAndMemory.run(rounds, jvm));
                case "responsiveness" -> rows.addAll(Responsiveness.run(Math.max(1, rounds / 2), jvm));
                case "client" -> rows.addAll(ClientOverhead.run(Math.max(rounds, 7), 300));
                case "discovery" -> rows.addAll(DiscoveryTime.run(rounds));
                case "size" -> rows.addAll(PackageSize.run());
                default -> throw new IllegalArgumentException("unknown part " + part);
            }
        }
        System.out.println();
        System.out.println("| measure | panel: median (min–max) | baseline: median (min–max) | ratio | target | |");
        System.out.println("|---|---|---|---|---|---|");
        rows.forEach(r -> System.out.println(r.format()));
    }

    /**
     * Both the panel and its floor get these: the JVM options the package ships with (jpackage.cfg's
     * {@code --java-options}), and the display's own glass, or Monocle's headless one without a display.
     */
    private static List<String> childJvmOptions() throws java.io.IOException {
        List<String> o = new ArrayList<>(List.of("-Dpanel.bench.marks=true"));
        for (String line : Files.readAllLines(Path.of("jpackage.cfg"))) {
            String t = line.strip();
            if (t.startsWith("--java-options ") && !t.contains("$APPDIR")) {
                o.add(t.substring("--java-options ".length()).strip());
            }
        }
        if (System.getenv("DISPLAY") == null || System.getenv("DISPLAY").isBlank()) {
            o.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        return o;
    }

    private static String machine(List<String> jvm) {
        String cpu = "unknown CPU";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
        } catch (Exception ignored) {
            // not Linux: the CPU stays unnamed
        }
        return String.format("Machine: %s, %d cores, %s %s, Java %s; display: %s; child JVM options: %s",
                cpu, Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"),
                System.getenv("DISPLAY") == null ? "none (Monocle headless)" : System.getenv("DISPLAY"), jvm);
    }
}
