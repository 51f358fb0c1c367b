package app.piecespanel.ui.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.ui.testkit.FxPage;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Asking for a permission when PiecesOS misbehaves. A grant can make PiecesOS restart, so a connection that drops
 * right after it means "restarting", not an error; but a grant PiecesOS never received (nobody listening, an
 * error, nonsense) must say what went wrong at once, not wait for a restart that is not coming.
 */
@ExtendWith(ApplicationExtension.class)
class GrantTroubleTest {
    private static final String GRANT = "#permissionVisionGrant";
    private static final Duration TOLD_WITHIN = Duration.ofSeconds(6);

    @RegisterExtension
    final UncaughtExceptions uncaught = new UncaughtExceptions();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @TestFactory
    Stream<DynamicTest> aGrantThatFailsSaysWhyAtOnce(FxRobot robot) {
        return Stream.of(Trouble.HANG, Trouble.SERVER_ERROR, Trouble.HTML_PAGE, Trouble.TRUNCATED_JSON,
                        Trouble.WRONG_TYPES, Trouble.CONNECTION_REFUSED)
                .map(t -> DynamicTest.dynamicTest(t.name(), () -> grantWith(t, robot)));
    }

    private void grantWith(Trouble trouble, FxRobot robot) {
        try (OpenPage open = OpenPage.open(Page.PERMISSIONS, stage, robot, FaultMatrixTest.DEADLINE)) {
            FxPage screen = open.screen;
            trouble.inject(open.panel, "/os/permissions/request");
            long pressed = System.nanoTime();
            robot.clickOn(GRANT);
            screen.waitFor("the trouble is told", open::problemShown);
            Duration took = Duration.ofNanos(System.nanoTime() - pressed);
            assertTrue(took.compareTo(TOLD_WITHIN) < 0, "told after " + took.toMillis() + " ms");
            trouble.assertToldPlainly(screen.text("#permissionsProblemText"));
            assertFalse(screen.shown("#permissionsRestarting"), "no restart is waited for");
            assertTrue(Page.PERMISSIONS.first(screen), "the states shown before stay");
            screen.waitFor("Grant works again", () -> !screen.disabled(GRANT));

            trouble.clear(open.panel);
            robot.clickOn(GRANT);
            screen.waitFor("granted", () -> Page.PERMISSIONS.fresh(screen) && !open.problemShown());
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(), uncaught.recorded(), "nothing thrown");
        } catch (AssertionError e) {
            throw new AssertionError("grant / " + trouble + ": " + e.getMessage(), e);
        }
    }
}
