package app.piecespanel;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Time stamps for the benchmark ({@code bench/run}): off unless the JVM runs with {@code -Dpanel.bench.marks=true},
 * when each mark prints one line {@code BENCH-MARK name nanoTime} to stdout. On Linux {@link System#nanoTime()} is
 * the system-wide monotonic clock, so the benchmark compares it with its own clock taken before starting the process.
 */
public final class StartupMarks {
    private static final boolean ON = Boolean.getBoolean("panel.bench.marks");

    private StartupMarks() {}

    public static boolean enabled() {
        return ON;
    }

    public static void mark(String name) {
        if (ON) {
            System.out.println("BENCH-MARK " + name + " " + System.nanoTime());
            System.out.flush();
        }
    }

    /** Prints the used heap after a collection and the resident set size, in bytes (RSS on Linux only). */
    public static void memory() {
        if (!ON) {
            return;
        }
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.println("BENCH-HEAP " + heap);
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    System.out.println("BENCH-RSS " + kb * 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            System.out.println("BENCH-RSS -1");
        }
        System.out.flush();
    }
}
