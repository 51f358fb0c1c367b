package app.piecespanel.ui.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.ui.testkit.Await;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The watch the other tests of this group rely on sees what it must, so their "nothing thrown" means something. */
@ExtendWith(ApplicationExtension.class)
class UncaughtExceptionsTest {

    @Test
    void seesAnExceptionOnTheFxThreadAndOnAnyOther() throws Exception {
        UncaughtExceptions watch = new UncaughtExceptions();
        watch.install();
        try {
            UncaughtExceptions.throwOnFxThread(new IllegalStateException("a listener broke"));
            Thread other = new Thread(() -> {
                throw new IllegalArgumentException("a timer broke");
            }, "some-timer");
            other.start();
            other.join();
            Await.until("both are seen", () -> watch.recorded().size() == 2);
            List<String> seen = watch.recorded();
            assertTrue(seen.stream().anyMatch(s -> s.contains("a listener broke") && s.contains("JavaFX Application Thread")),
                    seen.toString());
            assertTrue(seen.stream().anyMatch(s -> s.contains("a timer broke") && s.contains("some-timer")), seen.toString());
        } finally {
            watch.uninstall();
        }
        assertEquals(2, watch.recorded().size());
    }
}
