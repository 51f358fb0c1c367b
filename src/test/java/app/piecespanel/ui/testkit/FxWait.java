package app.piecespanel.ui.testkit;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Reading and waiting on the JavaFX thread from a TestFX test: scene state is read where it is written, and a test
 * waits for what a person would see (with a timeout), never for a fixed time.
 */
public final class FxWait {
    private static final long TIMEOUT_SECONDS = 10;

    private FxWait() {}

    /** The value of {@code read}, computed on the JavaFX thread. */
    public static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not read the scene: " + e, e);
        }
    }

    /** Runs {@code change} on the JavaFX thread and waits for it and the events it caused. */
    public static void onFx(Runnable change) {
        fx(() -> {
            change.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until {@code condition}, evaluated on the JavaFX thread, holds; fails with {@code what} if it never does. */
    public static void until(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(fx(condition)));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("waited " + TIMEOUT_SECONDS + " s for: " + what);
        }
    }
}
