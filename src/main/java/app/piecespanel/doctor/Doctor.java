package app.piecespanel.doctor;

import app.piecespanel.api.ApiFailure;
import app.piecespanel.api.CallRecord;
import app.piecespanel.api.ClientOptions;
import app.piecespanel.api.Discovery;
import app.piecespanel.api.DiscoveryOptions;
import app.piecespanel.api.DiscoveryResult;
import app.piecespanel.api.Found;
import app.piecespanel.api.OsApiClient;
import app.piecespanel.api.StepReport;
import app.piecespanel.api.model.OSDeviceInformationReturnable;
import app.piecespanel.api.model.OSPermissions;
import app.piecespanel.api.model.OSProcessingPermissions;
import app.piecespanel.api.model.OSServerUpdateStatus;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * {@code --doctor}: finds PiecesOS, runs every read-only call, and prints a report a person can paste into a support
 * request. Headless (no JavaFX), and bounded: the calls run in parallel, each within a short deadline, so the whole
 * report takes seconds whatever the server does.
 */
public final class Doctor {
    private static final Duration CALL_DEADLINE = Duration.ofSeconds(3);

    private final PrintStream out;
    private final String panelVersion;

    public Doctor(PrintStream out, String panelVersion) {
        this.out = out;
        this.panelVersion = panelVersion;
    }

    /** One read-only check: its name, the path it calls, and how its answer reads in one line. */
    private record Check<T>(String name, String path, Function<OsApiClient, CompletableFuture<T>> call,
            Function<T, String> summary) {
        CompletableFuture<String> run(OsApiClient client) {
            return call.apply(client).thenApply(summary);
        }
    }

    /** Runs the report; returns the exit code: 0 when PiecesOS answered sanely, 1 otherwise. */
    public int run(Optional<URI> url) {
        out.println("Pieces OS Control Panel " + panelVersion + " doctor");
        out.println("System: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + "), Java " + System.getProperty("java.version"));
        Map<String, CallRecord> records = new ConcurrentHashMap<>();
        ClientOptions options = ClientOptions.defaults()
                .withCallTimeout(CALL_DEADLINE)
                .withProbeTimeout(Duration.ofMillis(1200))
                .withListener(r -> records.put(r.path(), r));
        DiscoveryOptions where = url
                .map(u -> DiscoveryOptions.defaults().withManualAddress(u).withPortFiles(List.of())
                        .withScanRange(1, 0).withLegacyPorts(List.of()))
                .orElse(DiscoveryOptions.defaults());

        try (OsApiClient prober = new OsApiClient(URI.create("http://127.0.0.1"), options)) {
            out.println();
            out.println("Finding PiecesOS");
            DiscoveryResult result = new Discovery(where, prober).find().join();
            for (StepReport s : result.steps()) {
                out.printf("  %-4s %-40s %s%n", s.found() ? "OK" : "--", s.step().words() + ":", s.target()
                        + (s.note().isEmpty() ? "" : "  (" + s.note() + ")"));
            }
            if (result.found().isEmpty()) {
                out.println();
                out.println(url.isPresent()
                        ? "Result: no usable PiecesOS at " + url.get() + " (its line above says why). Check the address,"
                                + " and that PiecesOS runs there."
                        : "Result: PiecesOS was not found. Start PiecesOS (or open the Pieces desktop app), then run this again.");
                return 1;
            }
            Found found = result.found().get();
            out.println("  Found PiecesOS at " + found.baseUri() + " through " + found.step().words() + ".");
            try (OsApiClient client = new OsApiClient(found.baseUri(), options)) {
                return runChecks(client, records);
            }
        }
    }

    private int runChecks(OsApiClient client, Map<String, CallRecord> records) {
        List<Check<?>> checks = List.of(
                new Check<>("health", "/.well-known/health", OsApiClient::health,
                        h -> h.wellKnown() ? "answers: " + h.text() : h.text()),
                new Check<>("version", "/.well-known/version", OsApiClient::version,
                        v -> v.map(s -> "PiecesOS " + s).orElse("not reported (seed generation)")),
                new Check<>("device information", "/os/device/information", OsApiClient::deviceInformation,
                        Doctor::describeDevice),
                new Check<>("permissions", "/os/permissions", OsApiClient::permissions, Doctor::describePermissions),
                new Check<>("update check", "/os/update/check", OsApiClient::checkForUpdate, Doctor::describeUpdate));
        List<CompletableFuture<String>> runs = new ArrayList<>();
        for (Check<?> c : checks) {
            runs.add(c.run(client).orTimeout(CALL_DEADLINE.toMillis() + 2000, TimeUnit.MILLISECONDS));
        }
        out.println();
        out.println("Checks");
        int failures = 0;
        for (int i = 0; i < checks.size(); i++) {
            Check<?> c = checks.get(i);
            String line;
            boolean ok;
            try {
                line = runs.get(i).join();
                ok = true;
            } catch (RuntimeException e) {
                ApiFailure f = ApiFailure.of(e);
                line = f.plainMessage() + " [" + f.detail() + "]";
                ok = false;
                failures++;
            }
            CallRecord r = records.get(c.path());
            String status = r == null || r.status() < 0 ? "-" : String.valueOf(r.status());
            String took = r == null ? "-" : r.duration().toMillis() + " ms";
            out.printf("  %-4s %-20s %5s %8s  %s%n", ok ? "OK" : "FAIL", c.name(), status, took, line);
        }
        out.println();
        if (failures == 0) {
            out.println("Result: PiecesOS answered sanely.");
            return 0;
        }
        out.println("Result: " + failures + " of " + checks.size() + " checks failed; see the lines marked FAIL.");
        return 1;
    }

    static String describeDevice(OSDeviceInformationReturnable d) {
        List<String> parts = new ArrayList<>();
        if (d.name() != null) {
            parts.add("device \"" + d.name() + "\"");
        }
        if (d.version() != null) {
            parts.add("PiecesOS " + d.version());
        }
        if (d.hardware() != null && d.hardware().cpu() != null && d.hardware().cpu().name() != null) {
            parts.add("CPU " + d.hardware().cpu().name());
        }
        if (d.hardware() != null && d.hardware().gpu() != null && d.hardware().gpu().name() != null) {
            parts.add("GPU " + d.hardware().gpu().name());
        } else {
            parts.add("no GPU reported");
        }
        if (d.dependencies() != null) {
            parts.add(Boolean.TRUE.equals(d.dependencies().vulkan()) ? "Vulkan found" : "Vulkan missing");
        }
        return String.join(", ", parts);
    }

    static String describePermissions(OSPermissions p) {
        OSProcessingPermissions pp = p.processing();
        if (pp == null || (pp.vision() == null && pp.accessibility() == null)) {
            return "none on this platform";
        }
        return "vision " + granted(pp.vision()) + ", accessibility " + granted(pp.accessibility());
    }

    private static String granted(Boolean b) {
        return b == null ? "unknown" : b ? "granted" : "not granted";
    }

    static String describeUpdate(OSServerUpdateStatus s) {
        return s.status().value() + (s.percentage() == null ? "" : String.format(" (%.0f%%)", s.percentage()))
                + (s.status().known().isPresent() ? "" : " (a state this panel does not know)");
    }
}
