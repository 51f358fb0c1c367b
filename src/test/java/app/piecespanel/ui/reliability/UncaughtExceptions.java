package app.piecespanel.ui.reliability;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Records every exception nobody caught, on the JavaFX thread (an event handler or listener that threw: the window
 * would carry on in a half-updated state) and on any other thread, and fails the test if there was one. Register it
 * after TestFX's {@code ApplicationExtension} ({@code @RegisterExtension} fields come after {@code @ExtendWith}), so
 * the JavaFX thread exists; it puts the previous handlers back afterwards.
 */
final class UncaughtExceptions implements BeforeEachCallback, AfterEachCallback {
    private final List<String> recorded = new CopyOnWriteArrayList<>();
    private final Thread.UncaughtExceptionHandler record = (thread, error) -> {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        recorded.add("on " + thread.getName() + ": " + trace);
    };
    private Thread.UncaughtExceptionHandler previousDefault;
    private Thread.UncaughtExceptionHandler previousFx;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        install();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(); // what is still queued on the FX thread runs under watch
        uninstall();
        if (!recorded.isEmpty()) {
            throw new AssertionError(recorded.size() + " uncaught exception(s):\n" + String.join("\n", recorded));
        }
    }

    void install() throws Exception {
        recorded.clear();
        previousDefault = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler(record);
        previousFx = WaitForAsyncUtils.asyncFx(() -> {
            Thread fx = Thread.currentThread();
            Thread.UncaughtExceptionHandler was = fx.getUncaughtExceptionHandler();
            fx.setUncaughtExceptionHandler(record);
            return was;
        }).get(10, TimeUnit.SECONDS);
    }

    void uninstall() throws Exception {
        Thread.UncaughtExceptionHandler fxWas = previousFx;
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(fxWas))
                .get(10, TimeUnit.SECONDS);
        Thread.setDefaultUncaughtExceptionHandler(previousDefault);
    }

    /** What was recorded so far (for the test that proves the watch sees an exception at all). */
    List<String> recorded() {
        return List.copyOf(recorded);
    }

    /** Throws on the JavaFX thread, from a runLater, as a broken listener would. */
    static void throwOnFxThread(RuntimeException e) {
        Platform.runLater(() -> {
            throw e;
        });
    }
}
