package app.piecespanel.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.api.ApiFailure;
import app.piecespanel.api.ClientOptions;
import app.piecespanel.api.OsApiClient;
import app.piecespanel.simulator.Fault;
import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.ui.testkit.Await;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Thousands of calls through one client against a misbehaving PiecesOS (connections reset, answers that never come,
 * 500s, answers dripping a byte at a time), then healthy calls: afterwards the threads, the open connections and the
 * heap are where they were after a short warm-up of the same kind. A client that forgot an abandoned exchange would
 * leave its connection open at the simulator (a hanging answer holds it until the client goes), and its threads and
 * buffers alive; over 2,000 calls that shows.
 */
class LeakTest {
    private static final int BATCH = 40; // calls in flight at once
    private static final Duration GIVE_UP = Duration.ofMillis(150);
    /** How far a measure may drift from the warm-up's without being a leak: far below one per faulty call. */
    private static final int THREAD_SLACK = 8;
    private static final int CONNECTION_SLACK = 8;
    private static final long HEAP_SLACK = 32L * 1024 * 1024;

    /** The faulty calls, one per kind of trouble, taken in turn. */
    private static final List<Function<OsApiClient, CompletableFuture<?>>> FAULTY = List.of(
            OsApiClient::deviceInformation, // reset mid-body
            OsApiClient::signIn,            // hangs until the client gives up
            OsApiClient::checkForUpdate,    // 500
            OsApiClient::version);          // drips a byte every 100 ms

    private final Map<Class<?>, AtomicInteger> outcomes = new ConcurrentHashMap<>();

    @Test
    void thousandsOfFaultyCallsLeaveNoThreadsConnectionsOrMemoryBehind() throws Exception {
        try (PiecesOsSimulator sim = PiecesOsSimulator.builder().build().start();
                OsApiClient client = new OsApiClient(sim::baseUri, ClientOptions.defaults()
                        // short deadlines where the faults wait (sign-in hangs, the version drips); ordinary calls
                        // keep a roomy one, so the healthy calls hold on a loaded machine too
                        .withPersonTimeout(GIVE_UP).withProbeTimeout(GIVE_UP)
                        .withCallTimeout(Duration.ofSeconds(5)))) {
            // warm-up: the same mix, so pools and caches reach their working size before the baseline is taken
            round(sim, client, 200);
            Measure baseline = settle(sim, null);

            round(sim, client, 1_000);
            round(sim, client, 1_000);
            Measure after = settle(sim, baseline);

            assertTrue(after.threads <= baseline.threads + THREAD_SLACK, "threads: " + baseline + " -> " + after);
            // idle pool threads are bounded by how many calls ran at once, never by how many calls ran
            assertTrue(after.allThreads <= baseline.allThreads + 3 * BATCH, "all threads: " + baseline + " -> " + after);
            assertTrue(after.connections <= baseline.connections + CONNECTION_SLACK,
                    "open connections: " + baseline + " -> " + after);
            assertTrue(after.heap <= baseline.heap + HEAP_SLACK, "heap after GC: " + baseline + " -> " + after);
            // every call ended in its typed failure: every kind of trouble really happened
            assertEquals(550, count(ApiFailure.NotRunning.class), outcomes.toString());
            assertEquals(550, count(ApiFailure.ServerError.class), outcomes.toString());
            assertEquals(1_100, count(ApiFailure.TimedOut.class), outcomes.toString());
        }
    }

    private int count(Class<?> kind) {
        AtomicInteger n = outcomes.get(kind);
        return n == null ? 0 : n.get();
    }

    /** {@code calls} faulty calls, {@value #BATCH} at a time, then healthy ones on the same client. */
    private void round(PiecesOsSimulator sim, OsApiClient client, int calls) throws Exception {
        sim.setFault("/os/device/information", Fault.resetMidBody());
        sim.setFault("/os/sign_in", Fault.hang());
        sim.setFault("/os/update/check", Fault.status(500, "busy"));
        sim.setFault("/.well-known/version", Fault.drip(Duration.ofMillis(100)));
        for (int start = 0; start < calls; start += BATCH) {
            List<CompletableFuture<?>> batch = new ArrayList<>();
            for (int i = start; i < Math.min(calls, start + BATCH); i++) {
                batch.add(FAULTY.get(i % FAULTY.size()).apply(client).handle((v, e) -> {
                    assertInstanceOf(ApiFailure.class, e, "a faulty call ends in a typed failure, not " + v);
                    outcomes.computeIfAbsent(e.getClass(), k -> new AtomicInteger()).incrementAndGet();
                    return null;
                }));
            }
            CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        }
        sim.clearFaults();
        for (int i = 0; i < 50; i++) {
            assertTrue(client.permissions().get(10, TimeUnit.SECONDS).processing() != null);
            assertTrue(client.deviceInformation().get(10, TimeUnit.SECONDS).version() != null);
        }
    }

    /**
     * @param threads live threads that are not idle in a pool: an idle pool thread is a cache that expires by itself
     *     (after 60 s in a cached pool), a thread stuck in a forgotten exchange is a leak
     * @param allThreads every live thread, idle ones included
     */
    record Measure(int threads, int allThreads, int connections, long heap) {
        @Override
        public String toString() {
            return threads + " working threads (" + allThreads + " in all), " + connections + " connections, "
                    + heap / (1024 * 1024) + " MB heap";
        }
    }

    private static int workingThreads() {
        int n = 0;
        for (StackTraceElement[] stack : Thread.getAllStackTraces().values()) {
            boolean idleInPool = false;
            for (StackTraceElement f : stack) {
                if (f.getClassName().equals("java.util.concurrent.ThreadPoolExecutor") && f.getMethodName().equals("getTask")) {
                    idleInPool = true;
                    break;
                }
            }
            n += idleInPool ? 0 : 1;
        }
        return n;
    }

    /**
     * The measure once the abandoned exchanges have wound down: waits (bounded) until the simulator has seen every
     * abandoned connection close and, after the run, until threads and connections are back within the slack.
     */
    private static Measure settle(PiecesOsSimulator sim, Measure baseline) {
        if (baseline != null) {
            Await.until("threads and connections back near " + baseline + " (now " + measure(sim, false) + "; "
                    + threadNames() + ")",
                    Duration.ofSeconds(20), () -> {
                        Measure m = measure(sim, false);
                        return m.threads <= baseline.threads + THREAD_SLACK
                                && m.connections <= baseline.connections + CONNECTION_SLACK;
                    });
        }
        return measure(sim, true);
    }

    /** The live threads by name without their number: what grew, when something did. */
    private static Map<String, Long> threadNames() {
        return Thread.getAllStackTraces().keySet().stream().collect(java.util.stream.Collectors.groupingBy(
                t -> t.getName().replaceAll("[0-9]+", "#"), java.util.TreeMap::new,
                java.util.stream.Collectors.counting()));
    }

    private static Measure measure(PiecesOsSimulator sim, boolean heap) {
        long used = 0;
        if (heap) {
            System.gc();
            used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
        return new Measure(workingThreads(), ManagementFactory.getThreadMXBean().getThreadCount(),
                sim.openConnections(), used);
    }
}
