package app.piecespanel.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.doctor.Doctor;
import app.piecespanel.reliability.FaultMatrixTest.FaultCase;
import app.piecespanel.simulator.PiecesOsSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code --doctor --url} against a simulator with each fault on every path, and against a closed port: it finishes
 * within a bounded time, exits 1, and says what failed in one line per failing step, never a stack trace. The one
 * exception is a PiecesOS that answers with enum values and fields this panel does not know yet: that is a newer
 * PiecesOS, not a broken one, so the report passes and names the unknown value.
 */
class DoctorFaultsTest {
    /** Doctor's own deadlines are 1.2 s per probe and 3 s per check; this only proves it does not hang. */
    private static final Duration BOUND = Duration.ofSeconds(15);
    /** The sentences of ApiFailure, one of which starts every FAIL line. */
    private static final List<String> PLAIN = List.of("PiecesOS did not answer in time", "PiecesOS reported an error",
            "You need to sign in", "PiecesOS sent an answer the panel could not understand",
            "This version of PiecesOS does not offer this action", "The connection to PiecesOS broke off",
            "PiecesOS is not running");

    record Report(int exit, String out, Duration took) {}

    private static final ExecutorService RUNS = Executors.newFixedThreadPool(6, r -> {
        Thread t = new Thread(r, "doctor-faults");
        t.setDaemon(true);
        return t;
    });

    private static CompletableFuture<Report> doctor(Function<PrintStream, Integer> run) {
        return CompletableFuture.supplyAsync(() -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            long t0 = System.nanoTime();
            int exit = run.apply(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            return new Report(exit, bytes.toString(StandardCharsets.UTF_8), Duration.ofNanos(System.nanoTime() - t0));
        }, RUNS);
    }

    private static CompletableFuture<Report> againstFault(FaultCase f) {
        return doctor(out -> {
            try (PiecesOsSimulator sim = PiecesOsSimulator.builder().build().start()) {
                sim.setFault("*", f.fault);
                return new Doctor(out, "9.9.9").run(Optional.of(sim.baseUri()));
            }
        });
    }

    private static CompletableFuture<Report> againstClosedPort() {
        return doctor(out -> {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new Doctor(out, "9.9.9").run(Optional.of(URI.create("http://127.0.0.1:" + port)));
        });
    }

    @TestFactory
    Stream<DynamicTest> everyFaultEndsInExit1AndAPlainLinePerFailingStep() {
        List<FaultCase> faults = List.of(FaultCase.values());
        List<CompletableFuture<Report>> runs = faults.stream().map(DoctorFaultsTest::againstFault).toList();
        CompletableFuture<Report> closed = againstClosedPort();
        Stream<DynamicTest> perFault = faults.stream().map(f -> DynamicTest.dynamicTest("--doctor against " + f.words,
                () -> {
                    Report r = runs.get(f.ordinal()).get(BOUND.toSeconds() * 2, TimeUnit.SECONDS);
                    assertBoundedAndPlain(r);
                    if (f == FaultCase.UNKNOWN_ENUM) {
                        assertEquals(0, r.exit(), r.out());
                        assertTrue(r.out().contains("FUTURE_UP_TO_DATE (a state this panel does not know)"), r.out());
                        return;
                    }
                    assertEquals(1, r.exit(), r.out());
                    List<String> failing = r.out().lines().filter(l -> l.trim().startsWith("FAIL")).toList();
                    boolean notFound = r.out().contains("Result: no usable PiecesOS at");
                    assertTrue(notFound || !failing.isEmpty(), "says which step failed:\n" + r.out());
                    for (String line : failing) {
                        assertTrue(PLAIN.stream().anyMatch(line::contains), "a plain sentence on: " + line);
                    }
                    if (!notFound) {
                        assertTrue(r.out().contains("Result: " + failing.size() + " of 5 checks failed"), r.out());
                    }
                }));
        return Stream.concat(perFault, Stream.of(DynamicTest.dynamicTest("--doctor against a closed port", () -> {
            Report r = closed.get(BOUND.toSeconds() * 2, TimeUnit.SECONDS);
            assertBoundedAndPlain(r);
            assertEquals(1, r.exit(), r.out());
            assertTrue(r.out().contains("Result: no usable PiecesOS at"), r.out());
        })));
    }

    private static void assertBoundedAndPlain(Report r) {
        assertTrue(r.took().compareTo(BOUND) < 0, "finished in " + r.took().toMillis() + " ms:\n" + r.out());
        assertFalse(r.out().contains("\tat ") || r.out().contains("Caused by"), "no stack trace:\n" + r.out());
        assertTrue(r.out().lines().allMatch(l -> l.length() < 600), "each finding fits on a line:\n" + r.out());
    }
}
