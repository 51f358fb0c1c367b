package app.piecespanel.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One JVM started for a measurement, the way a person's desktop starts the app: the clock is read just before the
 * process starts, and the child prints its marks ({@code BENCH-MARK name nanoTime}, {@code BENCH-HEAP},
 * {@code BENCH-RSS}). The run ends when the child has reported its memory (it is then stopped) or after a minute.
 */
final class ChildRun {
    final Map<String, Double> marksMillis = new HashMap<>();
    final Map<String, Double> values = new HashMap<>();
    final List<String> output = new ArrayList<>();

    /**
     * Runs until the child reports its memory ({@code BENCH-RSS}), on the class path of jars that {@code bench/run}
     * passes as {@code bench.child.cp} (the app's jar and its runtime libraries, as packaged: a class-data archive
     * holds classes from jars only, never from a directory).
     */
    static ChildRun start(String mainClass, List<String> jvmOptions, List<String> args) throws IOException, InterruptedException {
        return startUntil(jarClassPath(), mainClass, jvmOptions, args, "BENCH-RSS");
    }

    static String jarClassPath() {
        String cp = System.getProperty("bench.child.cp");
        if (cp == null || cp.isBlank()) {
            throw new IllegalStateException("no -Dbench.child.cp: run the benchmark through bench/run");
        }
        return cp;
    }

    /** Runs until the child prints a line starting with {@code last}, then stops it. */
    static ChildRun startUntil(String mainClass, List<String> jvmOptions, List<String> args, String last)
            throws IOException, InterruptedException {
        return startUntil(System.getProperty("java.class.path"), mainClass, jvmOptions, args, last);
    }

    static ChildRun startUntil(String classPath, String mainClass, List<String> jvmOptions, List<String> args, String last)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(mainClass);
        cmd.addAll(args);
        Path config = Files.createTempDirectory("panel-bench-config");
        cmd.add(1, "-Dpanel.configDir=" + config);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        ChildRun run = new ChildRun();
        long t0 = System.nanoTime();
        Process p = pb.start();
        // a child that never reports must not hang the benchmark: stop it after a minute
        Thread watchdog = new Thread(() -> {
            try {
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException ignored) {
                // the run ended first
            }
        }, "bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                run.output.add(line);
                String[] parts = line.trim().split(" ");
                if (line.startsWith("BENCH-MARK ") && parts.length == 3) {
                    run.marksMillis.put(parts[1], (Long.parseLong(parts[2]) - t0) / 1e6);
                } else if (line.startsWith("BENCH-") && parts.length == 2) {
                    run.values.put(parts[0], Double.parseDouble(parts[1]));
                }
                if (line.startsWith(last + " ")) {
                    break;
                }
            }
        } finally {
            watchdog.interrupt();
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
            deleteQuietly(config);
        }
        if (!run.values.containsKey(last)) {
            throw new IllegalStateException(mainClass + " did not report; its output:\n" + String.join("\n", run.output));
        }
        return run;
    }

    double value(String key) {
        Double v = values.get(key);
        if (v == null) {
            throw new IllegalStateException("no '" + key + "' in:\n" + String.join("\n", output));
        }
        return v;
    }

    double mark(String name) {
        Double v = marksMillis.get(name);
        if (v == null) {
            throw new IllegalStateException("no mark '" + name + "' in:\n" + String.join("\n", output));
        }
        return v;
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory: the OS cleans it in the end
        }
    }
}
