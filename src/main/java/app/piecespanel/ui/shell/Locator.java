package app.piecespanel.ui.shell;

import app.piecespanel.api.ApiFailure;
import app.piecespanel.api.Discovery;
import app.piecespanel.api.DiscoveryOptions;
import app.piecespanel.api.OsApiClient;
import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.ui.common.Words;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/** One way of finding PiecesOS: discovery in the contract's order, the built-in simulator, or one then the other. */
@FunctionalInterface
public interface Locator {

    /** Looks once; never fails (a failure is a search that found nothing, with its reason). */
    CompletableFuture<Search> locate();

    /** Discovery with the options of the moment (Settings may change them): Settings' address, port file, scan, legacy. */
    static Locator discovery(OsApiClient prober, Supplier<DiscoveryOptions> options) {
        Words words = Words.of(Locator.class, "shell");
        return () -> new Discovery(options.get(), prober).find()
                .thenApply(r -> r.found()
                        .map(f -> new Search(Optional.of(f.baseUri()), Search.Source.PIECES_OS,
                                words.get("search.foundThrough", f.step().words()), r.steps()))
                        .orElseGet(() -> Search.none(Search.Source.PIECES_OS, "", r.steps())))
                .exceptionally(t -> Search.none(Search.Source.PIECES_OS,
                        words.get("search.failed", ApiFailure.of(t).detail()), List.of()));
    }

    /**
     * The built-in simulator, started on first use by {@code simulator} (which returns the running one afterwards);
     * it is found wherever it listens now (a restart may move it).
     */
    static Locator simulator(OsApiClient prober, Supplier<PiecesOsSimulator> simulator, Search.Source source) {
        Words words = Words.of(Locator.class, "shell");
        return () -> {
            URI at;
            try {
                at = simulator.get().baseUri();
            } catch (RuntimeException e) {
                return CompletableFuture.completedFuture(Search.none(source,
                        words.get("search.simulatorFailed", String.valueOf(e.getMessage())), List.of()));
            }
            return prober.probe(at, false).handle((h, e) -> e == null
                    ? new Search(Optional.of(at), source, words.get("search.simulator"), List.of())
                    : Search.none(source, words.get("search.simulatorDown"), List.of()));
        };
    }

    /** {@code first} until it finds nothing once; from then on {@code then} (the fallback simulator stays). */
    static Locator firstThen(Locator first, Locator then) {
        AtomicBoolean switched = new AtomicBoolean();
        return () -> {
            if (switched.get()) {
                return then.locate();
            }
            return first.locate().thenCompose(s -> {
                if (s.found()) {
                    return CompletableFuture.completedFuture(s);
                }
                switched.set(true);
                return then.locate().thenApply(fallback -> fallback.after(s));
            });
        };
    }
}
