package app.piecespanel.reliability;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.api.ApiFailure;
import app.piecespanel.api.ClientOptions;
import app.piecespanel.api.OsApiClient;
import app.piecespanel.api.model.OSPermissions;
import app.piecespanel.simulator.Fault;
import app.piecespanel.simulator.PiecesOsSimulator;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * No call runs on the JavaFX application thread: the client's calls are asynchronous, so the one way a call could run
 * there is the UI thread blocking on the answer, which would freeze the window for as long as PiecesOS takes (minutes,
 * with a hanging PiecesOS). The client refuses that wait at once, and still serves the UI thread's ordinary,
 * asynchronous use.
 */
class UiThreadGuardTest {
    private PiecesOsSimulator sim;
    private OsApiClient client;

    @BeforeEach
    void start() {
        sim = PiecesOsSimulator.builder().build().start();
        client = new OsApiClient(sim::baseUri, ClientOptions.defaults().withCallTimeout(Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    /** Runs {@code action} on the real JavaFX application thread and returns what it returned or threw. */
    private static <T> CompletableFuture<T> onFxThread(java.util.concurrent.Callable<T> action) throws Exception {
        FxToolkit.registerPrimaryStage(); // starts the toolkit (headless) unless another test already did
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result;
    }

    @Test
    void waitingForACallOnTheFxThreadIsRefusedAtOnce() throws Exception {
        sim.setFault("*", Fault.hang()); // the answer will not come: a wait here would freeze the window for 5 s
        long t0 = System.nanoTime();
        CompletableFuture<Throwable> refused = onFxThread(() -> {
            CompletableFuture<OSPermissions> call = client.permissions();
            CompletableFuture<Boolean> derived = call.thenApply(p -> p.processing() != null);
            Throwable onCall = assertThrows(IllegalStateException.class, call::join);
            assertThrows(IllegalStateException.class, () -> call.get(1, TimeUnit.SECONDS));
            assertThrows(IllegalStateException.class, derived::get, "stages built on a call carry the guard");
            return onCall;
        });
        Throwable e = refused.get(10, TimeUnit.SECONDS);
        assertTrue(Duration.ofNanos(System.nanoTime() - t0).compareTo(Duration.ofSeconds(4)) < 0,
                "refused at once, not after the call's 5 s deadline");
        assertTrue(e.getMessage().contains("UI thread") && e.getMessage().contains("freeze"), e.getMessage());
        assertTrue(e.getMessage().contains(ClientOptions.FX_THREAD_NAME), "the default guard knows JavaFX's thread: "
                + e.getMessage());
    }

    @Test
    void theFxThreadStillStartsCallsAndGetsTheirAnswersAsynchronously() throws Exception {
        AtomicReference<String> answeredOn = new AtomicReference<>();
        CompletableFuture<OSPermissions> answer = onFxThread(() -> client.permissions()
                .whenComplete((p, e) -> answeredOn.set(Thread.currentThread().getName()))).get(10, TimeUnit.SECONDS);
        // the test thread may wait: it is not the UI thread
        assertTrue(answer.get(10, TimeUnit.SECONDS).processing() != null);
        // a finished answer is no wait, so reading it on the FX thread is fine
        assertEquals(answer.join(), onFxThread(answer::join).get(10, TimeUnit.SECONDS));
        assertTrue(!ClientOptions.FX_THREAD_NAME.equals(answeredOn.get()),
                "the answer was read off the FX thread: " + answeredOn.get());
    }

    @Test
    void anotherUiThreadCanBeNamedInTheOptions() throws Exception {
        sim.setFault("*", Fault.hang());
        try (OsApiClient guarded = new OsApiClient(sim::baseUri, ClientOptions.defaults()
                .withCallTimeout(Duration.ofSeconds(1))
                .withUiThread(t -> t.getName().equals("swing-ui")))) {
            CompletableFuture<Throwable> onUi = new CompletableFuture<>();
            Thread ui = new Thread(() -> {
                try {
                    guarded.deviceInformation().join();
                    onUi.complete(null);
                } catch (Throwable t) {
                    onUi.complete(t);
                }
            }, "swing-ui");
            ui.start();
            assertInstanceOf(IllegalStateException.class, onUi.get(10, TimeUnit.SECONDS));
            // any other thread waits as before, and gets the typed failure when the deadline passes
            Throwable elsewhere = assertThrows(java.util.concurrent.CompletionException.class,
                    () -> guarded.deviceInformation().join());
            assertInstanceOf(ApiFailure.TimedOut.class, elsewhere.getCause());
        }
    }

    @Test
    void theApiPackageKnowsNothingOfJavaFx() {
        noClasses().that().resideInAPackage("app.piecespanel.api..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the client is used headless (--doctor) and is guarded from the UI thread by name")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("app.piecespanel.api"));
    }
}
