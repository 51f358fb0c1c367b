package app.piecespanel;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Time stamps for the benchmark ({@code bench/run}): off unless the JVM runs with {@code -Dpanel.bench.marks=true},
 * when each mark prints one line {@code BENCH-MARK name nanoTime} to stdout, and the first frame also the CPU time the
 * process has used so far ({@code BENCH-CPU-first-frame ms}: on a shared, busy machine the wall-clock time drifts
 * with the neighbours' load, the CPU time much less). On Linux {@link System#nanoTime()} is the system-wide monotonic
 * clock, so the benchmark compares it with its own clock taken before starting the process.
 *
 * <p>With {@code -Dpanel.exitWhenReady=true} the panel quits once ready: the training run that records which classes
 * an AppCDS archive holds (packaging, and the benchmark's own archives) needs a run that ends by itself.
 */
public final class StartupMarks {
    private static final boolean MARKS = Boolean.getBoolean("panel.bench.marks");
    private static final boolean EXIT_WHEN_READY = Boolean.getBoolean("panel.exitWhenReady");

    private StartupMarks() {}

    /** Whether the panel should report its marks (to print them, or to quit once ready). */
    public static boolean enabled() {
        return MARKS || EXIT_WHEN_READY;
    }

    public static void mark(String name) {
        if (MARKS) {
            System.out.println("BENCH-MARK " + name + " " + System.nanoTime());
            if (name.equals("first-frame")) {
                System.out.println("BENCH-CPU-first-frame " + processCpuMillis());
            }
            System.out.flush();
        }
    }

    /**
     * Called once ready: prints the used heap after a collection and the resident set size, in bytes (RSS on Linux
     * only); then, in a training run, quits (an ordinary exit, so the JVM writes its class-data archive).
     */
    public static void memory() {
        if (MARKS) {
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            System.out.println("BENCH-HEAP " + heap);
            System.out.println("BENCH-RSS " + statusValueKb("VmRSS:") * 1024);
            System.out.flush();
        }
        if (EXIT_WHEN_READY) {
            System.exit(0);
        }
    }

    private static long statusValueKb(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }

    /** User and system CPU time of the whole process (all threads, the JIT and GC included), from /proc; -1 elsewhere. */
    private static long processCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // the fields after the command name, which is in parentheses and may hold spaces
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
            return ticks * 10; // USER_HZ is 100 on every Linux this runs on
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
