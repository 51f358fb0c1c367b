package app.piecespanel.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Finds PiecesOS the way the contract describes, in order: the address in Settings, the port file, a parallel scan
 * of 39300-39333 (which must answer {@code /.well-known/health} with 200, so another program on those ports is not
 * mistaken for PiecesOS), then the legacy ports. Probes use the client's short probe deadline, so with nothing
 * listening the verdict comes within about a second.
 */
public final class Discovery {
    private static final System.Logger LOG = System.getLogger(Discovery.class.getName());

    private final DiscoveryOptions options;
    private final OsApiClient prober;

    public Discovery(DiscoveryOptions options, OsApiClient prober) {
        this.options = options;
        this.prober = prober;
    }

    public CompletableFuture<DiscoveryResult> find() {
        List<StepReport> steps = new ArrayList<>();
        return settingsStep(steps)
                .thenCompose(f -> f.isPresent() ? CompletableFuture.completedFuture(f) : portFileStep(steps))
                .thenCompose(f -> f.isPresent() ? CompletableFuture.completedFuture(f) : scanStep(steps))
                .thenCompose(f -> f.isPresent() ? CompletableFuture.completedFuture(f) : legacyStep(steps))
                .thenApply(f -> new DiscoveryResult(f, steps));
    }

    private CompletableFuture<Optional<Found>> settingsStep(List<StepReport> steps) {
        URI manual = options.manualAddress();
        if (manual == null) {
            steps.add(new StepReport(DiscoveryStep.SETTINGS, "-", false, "no address set (automatic)"));
            return none();
        }
        return probeOne(DiscoveryStep.SETTINGS, manual, false, steps);
    }

    private CompletableFuture<Optional<Found>> portFileStep(List<StepReport> steps) {
        for (Path file : options.portFiles()) {
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (IOException | RuntimeException e) {
                steps.add(new StepReport(DiscoveryStep.PORT_FILE, file.toString(), false, "could not be read: " + e.getMessage()));
                return none();
            }
            int port;
            try {
                port = Integer.parseInt(text);
            } catch (NumberFormatException e) {
                steps.add(new StepReport(DiscoveryStep.PORT_FILE, file.toString(), false,
                        "holds '" + clip(text) + "', not a port number"));
                return none();
            }
            if (port < 1 || port > 65535) {
                steps.add(new StepReport(DiscoveryStep.PORT_FILE, file.toString(), false, "holds " + port + ", not a port"));
                return none();
            }
            return probeOne(DiscoveryStep.PORT_FILE, address(port), false, steps);
        }
        steps.add(new StepReport(DiscoveryStep.PORT_FILE, String.join(", ",
                options.portFiles().stream().map(Path::toString).toList()), false, "no port file"));
        return none();
    }

    private CompletableFuture<Optional<Found>> scanStep(List<StepReport> steps) {
        int from = options.scanFrom();
        int to = options.scanTo();
        if (to < from) {
            return none();
        }
        List<CompletableFuture<Health>> probes = new ArrayList<>();
        for (int port = from; port <= to; port++) {
            probes.add(prober.probe(address(port), false).exceptionally(t -> null));
        }
        return CompletableFuture.allOf(probes.toArray(CompletableFuture[]::new)).thenApply(done -> {
            for (int i = 0; i < probes.size(); i++) {
                Health h = probes.get(i).join();
                if (h != null && h.wellKnown()) {
                    URI found = address(from + i);
                    steps.add(new StepReport(DiscoveryStep.SCAN, found.toString(), true, "health answered: " + clip(h.text())));
                    return Optional.of(new Found(found, DiscoveryStep.SCAN));
                }
            }
            steps.add(new StepReport(DiscoveryStep.SCAN, options.scanHost() + ":" + from + "-" + to, false,
                    "no PiecesOS health endpoint answered"));
            return Optional.empty();
        });
    }

    private CompletableFuture<Optional<Found>> legacyStep(List<StepReport> steps) {
        CompletableFuture<Optional<Found>> chain = none();
        for (int port : options.legacyPorts()) {
            chain = chain.thenCompose(f -> f.isPresent()
                    ? CompletableFuture.completedFuture(f)
                    : probeOne(DiscoveryStep.LEGACY_PORT, address(port), false, steps));
        }
        return chain;
    }

    /** Any HTTP answer counts here: a seed-generation PiecesOS has no health endpoint. */
    private CompletableFuture<Optional<Found>> probeOne(DiscoveryStep step, URI base, boolean needHealth,
            List<StepReport> steps) {
        return prober.probe(base, false).handle((h, error) -> {
            if (error == null && (!needHealth || h.wellKnown())) {
                steps.add(new StepReport(step, base.toString(), true, h.wellKnown() ? "health answered: " + clip(h.text()) : h.text()));
                return Optional.of(new Found(base, step));
            }
            ApiFailure failure = error == null ? null : ApiFailure.of(error);
            if (failure != null) {
                LOG.log(System.Logger.Level.DEBUG, () -> step.words() + " " + base + ": " + failure.detail());
            }
            String why = failure == null ? h.text() : shortly(failure);
            steps.add(new StepReport(step, base.toString(), false, clip(why)));
            return Optional.<Found>empty();
        });
    }

    /** Why a probe found nothing, in a few plain words for the list of steps (the detail goes to the log). */
    private static String shortly(ApiFailure f) {
        for (Throwable c = f; c != null; c = c.getCause()) {
            if (c instanceof javax.net.ssl.SSLException tls) {
                String m = String.valueOf(tls.getMessage());
                // an https address where something answers, but no secure connection: say which trouble it was
                return m.contains("PKIX") ? "answers, but its certificate is not trusted (PKIX path building failed)"
                        : "answers, but no secure connection could be made (" + clip(m) + ")";
            }
        }
        if (f instanceof ApiFailure.NotRunning) {
            return "nothing answers there";
        }
        if (f instanceof ApiFailure.TimedOut) {
            return "no answer in time";
        }
        if (f instanceof ApiFailure.ServerError) {
            return "answers with an error";
        }
        if (f instanceof ApiFailure.BadResponse) {
            return "answers, but not as PiecesOS does";
        }
        return f.plainMessage();
    }

    private URI address(int port) {
        return URI.create("http://" + options.scanHost() + ":" + port);
    }

    private static CompletableFuture<Optional<Found>> none() {
        return CompletableFuture.completedFuture(Optional.empty());
    }

    private static String clip(String s) {
        return ApiFailure.clip(s == null ? "" : s);
    }
}
