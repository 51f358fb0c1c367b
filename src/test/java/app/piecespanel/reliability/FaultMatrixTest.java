package app.piecespanel.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import app.piecespanel.api.ApiFailure;
import app.piecespanel.api.ClientOptions;
import app.piecespanel.api.Health;
import app.piecespanel.api.OsApiClient;
import app.piecespanel.api.model.ExternalProvider;
import app.piecespanel.api.model.ExternalProviderType;
import app.piecespanel.api.model.FilePickerInput;
import app.piecespanel.api.model.OSPermissions;
import app.piecespanel.api.model.OSProcessingPermissions;
import app.piecespanel.api.model.OSServerUpdateStatus;
import app.piecespanel.api.model.ReturnedUserProfile;
import app.piecespanel.api.model.UserProfile;
import app.piecespanel.simulator.Fault;
import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.ui.testkit.Await;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every fault the simulator can inject, on every endpoint the client calls: the call ends in the right typed failure
 * (or, where the fault leaves a usable answer, a sane value) within a bounded time, says so in plain words, and the
 * next call on the same client works once the fault is gone. Each cell gets a simulator of its own (a restart or a
 * sign-in in one cell must not disturb another); the cells run in parallel on a small pool, so the slow ones (hang,
 * latency, drip: each waits for the client's 1 s deadline) overlap. The same data writes the README's table,
 * {@code target/reliability-matrix.md}.
 */
class FaultMatrixTest {
    /** The client gives up after this; every limit is a total deadline, body included. */
    private static final Duration DEADLINE = Duration.ofSeconds(1);
    /** A call that does not end within this has hung: generous, it proves "does not hang", not speed. */
    private static final Duration HUNG = Duration.ofSeconds(10);
    private static final List<String> PICKED = List.of("/home/ada/notes.md", "/home/ada/engine.java");
    private static final String SERVER_TEXT = "PiecesOS had a problem";
    private static final ExecutorService CELLS = Executors.newFixedThreadPool(12, r -> {
        Thread t = new Thread(r, "fault-matrix-cell");
        t.setDaemon(true);
        return t;
    });

    // ---- the two axes ----

    /** Every kind of {@link Fault}, as the README names it. */
    enum FaultCase {
        LATENCY("latency 3 s (deadline 1 s)", Fault.latency(Duration.ofSeconds(3))),
        HANG("hang", Fault.hang()),
        STATUS_500("500 with text", Fault.status(500, SERVER_TEXT)),
        STATUS_401("401", Fault.status(401, "Unauthorized")),
        STATUS_404("404", Fault.status(404, "Not Found")),
        EMPTY("empty body", Fault.emptyBody()),
        HTML("HTML page", Fault.html()),
        TRUNCATED("truncated JSON", Fault.truncatedJson()),
        WRONG_TYPES("wrong types", Fault.wrongTypes()),
        MISSING_FIELD("missing required field", Fault.missingRequiredField()),
        UNKNOWN_ENUM("unknown enum values + extra fields", Fault.unknownEnumAndExtraFields()),
        HUGE("50 MB body", Fault.hugeBody(50L * 1024 * 1024)),
        DRIP("slow drip, a byte per 100 ms", Fault.drip(Duration.ofMillis(100))),
        RESET("reset mid-body", Fault.resetMidBody()),
        INVALID_UTF8("invalid UTF-8", Fault.invalidUtf8()),
        NO_CONTENT("204 where JSON is expected", Fault.noContent());

        final String words;
        final Fault fault;

        FaultCase(String words, Fault fault) {
            this.words = words;
            this.fault = fault;
        }
    }

    /** What an endpoint answers when all is well, which decides what a spoilt answer must end in. */
    enum Answer {
        /** The health probe: any HTTP answer means something runs there; only PiecesOS's own "ok" is healthy. */
        HEALTH,
        /** Plain text (the version); JSON faults leave it alone. */
        TEXT,
        /** A JSON model. */
        JSON,
        /** No body is read: any 2xx, or the connection closing, means the restart is under way. */
        STATUS_ONLY
    }

    /** Every endpoint {@link OsApiClient} calls. */
    enum Endpoint {
        HEALTH("health", "GET /.well-known/health", Answer.HEALTH, false, OsApiClient::health),
        VERSION("version", "GET /.well-known/version", Answer.TEXT, false, OsApiClient::version),
        DEVICE("deviceInformation", "GET /os/device/information", Answer.JSON, true, OsApiClient::deviceInformation),
        PERMISSIONS("permissions", "GET /os/permissions", Answer.JSON, false, OsApiClient::permissions),
        REQUEST_PERMISSIONS("requestPermissions", "POST /os/permissions/request", Answer.JSON, false,
                c -> c.requestPermissions(new OSPermissions(null, new OSProcessingPermissions(null, true, null)))),
        UPDATE_CHECK("checkForUpdate", "POST /os/update/check", Answer.JSON, true, OsApiClient::checkForUpdate),
        LINK_PROVIDER("linkProvider", "POST /os/link_provider", Answer.JSON, true,
                c -> c.linkProvider(ExternalProviderType.of(ExternalProviderType.Known.GOOGLE_OAUTH2))),
        SIGN_IN("signIn", "POST /os/sign_in", Answer.JSON, true, OsApiClient::signIn),
        SIGN_OUT("signOut", "POST /os/sign_out", Answer.JSON, false, OsApiClient::signOut),
        PICK_FILES("pickFiles", "POST /os/files/pick (then /os/filesystem/files/pick)", Answer.JSON, false,
                c -> c.pickFiles(new FilePickerInput(null, List.of("md", "java"), true))),
        PICK_FOLDERS("pickFolders", "POST /os/folders/pick (then /os/filesystem/folders/pick)", Answer.JSON, false,
                OsApiClient::pickFolders),
        RESTART("restart", "GET /os/restart", Answer.STATUS_ONLY, false, OsApiClient::restart);

        final String method;
        final String request;
        final Answer answer;
        /** The healthy answer carries a field the contract marks required (a list of paths or {@code {}} has none). */
        final boolean carriesRequired;
        final Function<OsApiClient, CompletableFuture<?>> call;

        Endpoint(String method, String request, Answer answer, boolean carriesRequired,
                Function<OsApiClient, CompletableFuture<?>> call) {
            this.method = method;
            this.request = request;
            this.answer = answer;
            this.carriesRequired = carriesRequired;
            this.call = call;
        }
    }

    // ---- what each cell must end in ----

    enum Verdict {
        TIMED_OUT(ApiFailure.TimedOut.class, "TimedOut"),
        BROKE_OFF(ApiFailure.NotRunning.class, "NotRunning (broke off)"),
        NOT_SIGNED_IN(ApiFailure.NotSignedIn.class, "NotSignedIn"),
        SERVER_ERROR_500(ApiFailure.ServerError.class, "ServerError 500"),
        SERVER_ERROR_404(ApiFailure.ServerError.class, "ServerError 404"),
        BAD_RESPONSE(ApiFailure.BadResponse.class, "BadResponse"),
        VALUE(null, "value");

        final Class<? extends ApiFailure> failure;
        final String label;

        Verdict(Class<? extends ApiFailure> failure, String label) {
            this.failure = failure;
            this.label = label;
        }
    }

    /** A verdict, and for a value what makes it sane (with the words the table shows). */
    record Expected(Verdict verdict, String note, Predicate<Object> sane) {
        static Expected failure(Verdict v) {
            return new Expected(v, "", x -> true);
        }

        static Expected value(String note, Predicate<Object> sane) {
            return new Expected(Verdict.VALUE, note, sane);
        }

        String label() {
            return verdict == Verdict.VALUE ? (note.isEmpty() ? "value" : "value: " + note) : verdict.label;
        }
    }

    static Expected expected(FaultCase f, Endpoint e) {
        Answer a = e.answer;
        switch (f) {
            case LATENCY:
            case HANG:
            case DRIP:
                return Expected.failure(Verdict.TIMED_OUT);
            case RESET:
                return a == Answer.STATUS_ONLY ? underWay() : Expected.failure(Verdict.BROKE_OFF);
            case STATUS_500:
                return a == Answer.HEALTH ? notHealthy() : Expected.failure(Verdict.SERVER_ERROR_500);
            case STATUS_401:
                return a == Answer.HEALTH ? notHealthy() : Expected.failure(Verdict.NOT_SIGNED_IN);
            case STATUS_404:
                // a 404 is what the seed generation answers for the paths it does not have
                return a == Answer.HEALTH ? notHealthy() : a == Answer.TEXT ? notReported()
                        : Expected.failure(Verdict.SERVER_ERROR_404);
            case HUGE:
                return Expected.failure(Verdict.BAD_RESPONSE); // refused at the declared length, never read
            case EMPTY:
            case NO_CONTENT:
                return a == Answer.HEALTH ? notHealthy() : a == Answer.TEXT ? notReported()
                        : a == Answer.STATUS_ONLY ? underWay() : Expected.failure(Verdict.BAD_RESPONSE);
            case HTML:
            case INVALID_UTF8:
                return a == Answer.HEALTH ? notHealthy() : a == Answer.STATUS_ONLY ? underWay()
                        : Expected.failure(Verdict.BAD_RESPONSE);
            case TRUNCATED:
            case WRONG_TYPES:
                return a == Answer.JSON ? Expected.failure(Verdict.BAD_RESPONSE) : unchanged(e);
            case MISSING_FIELD:
                return a == Answer.JSON && e.carriesRequired ? Expected.failure(Verdict.BAD_RESPONSE)
                        : a == Answer.JSON ? Expected.value("nothing required to miss", x -> true) : unchanged(e);
            case UNKNOWN_ENUM:
                return a == Answer.JSON ? forwardCompatible(e) : unchanged(e);
            default:
                throw new AssertionError(f);
        }
    }

    private static Expected notHealthy() {
        return Expected.value("answers, not healthy", x -> ((Health) x).running() && !((Health) x).wellKnown());
    }

    private static Expected notReported() {
        return Expected.value("not reported", x -> ((Optional<?>) x).isEmpty());
    }

    private static Expected underWay() {
        return Expected.value("restart under way", x -> true);
    }

    /** JSON faults do not touch a text answer or an empty one. */
    private static Expected unchanged(Endpoint e) {
        return Expected.value("unaffected", x -> isHealthy(e, x));
    }

    /** The answer reads, every unknown enum value kept as sent (not mistaken for a known one). */
    private static Expected forwardCompatible(Endpoint e) {
        switch (e) {
            case UPDATE_CHECK:
                return Expected.value("unknown status kept", x -> {
                    OSServerUpdateStatus s = (OSServerUpdateStatus) x;
                    return s.status().known().isEmpty() && s.status().value().startsWith("FUTURE_");
                });
            case SIGN_IN:
                return Expected.value("unknown cloud status kept", x -> {
                    UserProfile p = (UserProfile) x;
                    return p.allocation().status().cloud().known().isEmpty() && p.id() != null;
                });
            case LINK_PROVIDER:
                return Expected.value("unknown provider types kept", x -> {
                    List<ExternalProvider> providers = ((ReturnedUserProfile) x).user().providers().iterable();
                    return !providers.isEmpty() && providers.stream().allMatch(p -> p.type().known().isEmpty());
                });
            default:
                return Expected.value("extra fields ignored", x -> isHealthy(e, x));
        }
    }

    /** What a healthy answer of this endpoint looks like (also after the fault is cleared). */
    private static boolean isHealthy(Endpoint e, Object x) {
        switch (e) {
            case HEALTH:
                return ((Health) x).wellKnown() && ((Health) x).text().startsWith("ok");
            case VERSION:
                return ((Optional<?>) x).equals(Optional.of("12.3.1"));
            case PICK_FILES:
            case PICK_FOLDERS:
                return x.equals(PICKED);
            case DEVICE:
            case PERMISSIONS:
            case REQUEST_PERMISSIONS:
            case UPDATE_CHECK:
            case LINK_PROVIDER:
            case SIGN_IN:
            case SIGN_OUT:
                return x != null;
            case RESTART:
                return true; // completes normally: the restart is under way
            default:
                throw new AssertionError(e);
        }
    }

    // ---- one cell ----

    /** What happened in one cell: the outcome's label, the failure (if any), how long the faulty call took. */
    record Cell(FaultCase fault, Endpoint endpoint, Expected expected, String actual, ApiFailure failure,
            Object value, Duration took, String problem) {}

    private static final Map<FaultCase, Map<Endpoint, CompletableFuture<Cell>>> RESULTS = new EnumMap<>(FaultCase.class);

    private static synchronized CompletableFuture<Cell> cell(FaultCase f, Endpoint e) {
        return RESULTS.computeIfAbsent(f, k -> new EnumMap<>(Endpoint.class))
                .computeIfAbsent(e, k -> CompletableFuture.supplyAsync(() -> run(f, e), CELLS));
    }

    private static ClientOptions options() {
        return ClientOptions.defaults()
                .withCallTimeout(DEADLINE)
                .withProbeTimeout(DEADLINE)
                .withPersonTimeout(DEADLINE.plusMillis(500));
    }

    private static Cell run(FaultCase f, Endpoint e) {
        Expected expected = expected(f, e);
        try (PiecesOsSimulator sim = PiecesOsSimulator.builder().signedIn(true).restartDowntime(Duration.ZERO)
                .build().start();
                OsApiClient client = new OsApiClient(sim::baseUri, options())) {
            sim.queueFilePick(PICKED);
            sim.queueFolderPick(PICKED);
            sim.setFault("*", f.fault);
            long t0 = System.nanoTime();
            Object value = null;
            ApiFailure failure = null;
            try {
                value = e.call.apply(client).get(HUNG.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException hung) {
                return new Cell(f, e, expected, "hung", null, null, HUNG, "no outcome within " + HUNG.toSeconds() + " s");
            } catch (ExecutionException ex) {
                failure = ex.getCause() instanceof ApiFailure a ? a : null;
                if (failure == null) {
                    return new Cell(f, e, expected, "threw " + ex.getCause(), null, null, Duration.ZERO,
                            "not an ApiFailure: " + ex.getCause());
                }
            }
            Duration took = Duration.ofNanos(System.nanoTime() - t0);
            String actual = failure != null ? label(failure) : expected.verdict == Verdict.VALUE ? expected.label() : "value";
            String problem = check(expected, value, failure);

            // the fault clears: the same client's next call works, without a new client
            sim.clearFaults();
            if (e == Endpoint.RESTART) {
                // a restart that went through takes the simulator down (for no time at all here): PiecesOS is
                // back when it listens again, as clients find by polling
                Await.until("the simulator back after the restart", HUNG, sim::isUp);
            }
            sim.queueFilePick(PICKED);
            sim.queueFolderPick(PICKED);
            if (problem == null) {
                try {
                    Object again = e.call.apply(client).get(HUNG.toMillis(), TimeUnit.MILLISECONDS);
                    if (!isHealthy(e, again)) {
                        problem = "after the fault cleared, the answer was not healthy: " + again;
                    }
                } catch (ExecutionException | TimeoutException ex) {
                    problem = "after the fault cleared, the call still failed: " + ex;
                }
            }
            return new Cell(f, e, expected, actual, failure, value, took, problem);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return new Cell(f, e, expected, "interrupted", null, null, Duration.ZERO, "interrupted");
        }
    }

    private static String label(ApiFailure f) {
        if (f instanceof ApiFailure.ServerError s) {
            return "ServerError " + s.status();
        }
        if (f instanceof ApiFailure.NotRunning n) {
            return n.brokeOff() ? "NotRunning (broke off)" : "NotRunning";
        }
        return f.getClass().getSimpleName();
    }

    /** Technical words a person should never read: stack frames, class names, parser jargon. */
    private static final Pattern NOT_PLAIN = Pattern.compile(
            "Exception|\\bat [a-z]+\\.|\\bjava\\.|jackson|\\$|\\b[a-z]+\\.[a-z]+\\.[A-Z]|Caused by|\\bnull\\b|\\{|\\}");

    private static String check(Expected expected, Object value, ApiFailure failure) {
        if (expected.verdict == Verdict.VALUE) {
            if (failure != null) {
                return "expected " + expected.label() + ", got " + label(failure) + ": " + failure.detail();
            }
            return expected.sane.test(value) ? null : "the value is not sane (" + expected.label() + "): " + value;
        }
        if (failure == null) {
            return "expected " + expected.label() + ", got a value: " + value;
        }
        if (!expected.verdict.failure.isInstance(failure) || !expected.label().equals(label(failure))) {
            return "expected " + expected.label() + ", got " + label(failure) + ": " + failure.detail();
        }
        String words = failure.plainMessage();
        if (words == null || words.isBlank() || words.length() > 300 || NOT_PLAIN.matcher(words).find()) {
            return "not plain words: " + words;
        }
        if (failure.detail() != null && failure.detail().contains("\tat ")) {
            return "a stack trace in the detail: " + failure.detail();
        }
        if (expected.verdict == Verdict.SERVER_ERROR_500 && !words.contains(SERVER_TEXT)) {
            return "the words do not pass on what PiecesOS said: " + words;
        }
        return null;
    }

    // ---- the tests ----

    @TestFactory
    Stream<DynamicTest> everyFaultOnEveryEndpoint() {
        // start every cell now, so they run in parallel while the cases below wait for theirs in turn
        for (FaultCase f : FaultCase.values()) {
            for (Endpoint e : Endpoint.values()) {
                cell(f, e);
            }
        }
        return Arrays.stream(FaultCase.values()).flatMap(f -> Arrays.stream(Endpoint.values()).map(e ->
                DynamicTest.dynamicTest(f.words + " × " + e.method + " → " + expected(f, e).label(), () -> {
                    Cell c = cell(f, e).get(HUNG.toSeconds() * 3, TimeUnit.SECONDS);
                    if (c.problem() != null) {
                        fail(f.words + " on " + e.request + ": " + c.problem());
                    }
                    assertTrue(c.took().compareTo(HUNG) < 0, "bounded: " + c.took());
                })));
    }

    @Test
    void theMatrixCoversEveryFaultKind() {
        Set<String> kinds = Arrays.stream(Fault.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = Arrays.stream(FaultCase.values()).map(f -> f.fault.getClass().getSimpleName())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(kinds, covered, "a new kind of Fault needs a row in the matrix");
    }

    @Test
    void theMatrixCoversEveryCallOfTheClient() {
        Set<String> calls = new TreeSet<>();
        for (Method m : OsApiClient.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && CompletableFuture.class.isAssignableFrom(m.getReturnType())) {
                calls.add(m.getName());
            }
        }
        calls.remove("probe"); // health() is probe(current address): the same request, covered by the health column
        Set<String> covered = Arrays.stream(Endpoint.values()).map(e -> e.method).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(calls, covered, "a new call of the client needs a column in the matrix");
    }

    /** Writes the README's table from the cells' outcomes, once all have run. */
    @AfterAll
    static void writeTheMatrix() throws IOException {
        if (RESULTS.size() != FaultCase.values().length) {
            return; // only some tests ran (say, -Dtest with a filter): no complete table to write
        }
        List<Endpoint> endpoints = List.of(Endpoint.values());
        StringBuilder md = new StringBuilder();
        int cases = 0;
        int failing = 0;
        md.append("| fault \\ call | ");
        md.append(endpoints.stream().map(e -> "`" + e.method + "`").collect(Collectors.joining(" | ")));
        md.append(" | slowest |\n|---|");
        md.append("---|".repeat(endpoints.size())).append("---|\n");
        for (FaultCase f : FaultCase.values()) {
            md.append("| ").append(f.words).append(" |");
            Duration slowest = Duration.ZERO;
            for (Endpoint e : endpoints) {
                Cell c = RESULTS.get(f).get(e).join();
                cases++;
                String shown = c.problem() == null ? c.actual() : "**FAILS** (" + c.actual() + ")";
                failing += c.problem() == null ? 0 : 1;
                md.append(' ').append(shown).append(" |");
                slowest = c.took().compareTo(slowest) > 0 ? c.took() : slowest;
            }
            md.append(' ').append(slowest.toMillis()).append(" ms |\n");
        }
        String head = "Fault matrix: " + FaultCase.values().length + " faults × " + endpoints.size() + " calls = "
                + cases + " cases" + (failing == 0 ? ", all holding" : ", " + failing + " FAILING")
                + ". Client deadline " + DEADLINE.toMillis() + " ms (sign-in and pickers "
                + options().personTimeout().toMillis() + " ms); each cell then clears the fault and calls again on the"
                + " same client, which must work.\n\n";
        Path out = Path.of("target", "reliability-matrix.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, head + md, StandardCharsets.UTF_8);
        List<String> calls = new ArrayList<>();
        for (Endpoint e : endpoints) {
            calls.add("`" + e.method + "`: " + e.request);
        }
        Files.writeString(Path.of("target", "reliability-matrix-calls.md"), String.join("\n", calls) + "\n",
                StandardCharsets.UTF_8);
    }
}
