package app.piecespanel.ui.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.ui.testkit.FxPage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every section against every class of trouble, driven like a person: good data first; then, with PiecesOS
 * misbehaving, the button gives within a few seconds a plain sentence saying what kind of trouble it is, the data
 * stays on screen and the button works again; then, PiecesOS well again (and answering something new), the same
 * button shows the new data and the sentence goes. Nothing throws on the JavaFX thread meanwhile.
 */
@ExtendWith(ApplicationExtension.class)
class FaultMatrixTest {
    /** The client gives up after this: a hang ends in about this long. */
    static final Duration DEADLINE = Duration.ofSeconds(1);
    /** Generous: only a page that hangs, or waits for far longer than its deadline, reaches it. */
    private static final Duration TOLD_WITHIN = Duration.ofSeconds(6);

    @RegisterExtension
    final UncaughtExceptions uncaught = new UncaughtExceptions();
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /**
     * One dynamic test per section and trouble, each on its own simulator and page; one JavaFX stage for all, so
     * the 35 cases do not pay for 35 TestFX set-ups.
     */
    @TestFactory
    Stream<DynamicContainer> everySectionAgainstEveryTrouble(FxRobot robot) {
        return Arrays.stream(Page.values()).map(page -> DynamicContainer.dynamicContainer(page.name(),
                Arrays.stream(Trouble.values()).map(trouble -> DynamicTest.dynamicTest(trouble.name(),
                        () -> troubleIsToldPlainlyKeepsTheDataAndPassesWhenPiecesOsIsWellAgain(page, trouble, robot)))));
    }

    private void troubleIsToldPlainlyKeepsTheDataAndPassesWhenPiecesOsIsWellAgain(Page page, Trouble trouble,
            FxRobot robot) {
        try (OpenPage open = OpenPage.open(page, stage, robot, DEADLINE)) {
            FxPage screen = open.screen;

            trouble.inject(open.panel, page.path);
            long pressed = System.nanoTime();
            page.press(robot);
            screen.waitFor("the trouble is told", open::problemShown);
            Duration took = Duration.ofNanos(System.nanoTime() - pressed);
            assertTrue(took.compareTo(TOLD_WITHIN) < 0, "told after " + took.toMillis() + " ms");
            trouble.assertToldPlainly(screen.text(page.problemText));
            assertTrue(page.first(screen), "the data shown before stays on screen");
            screen.waitFor("the button works again", () -> !open.buttonDisabled());

            trouble.clear(open.panel);
            page.change(open.panel);
            page.press(robot);
            screen.waitFor("the new data", () -> page.fresh(screen));
            screen.waitFor("the sentence goes", () -> !open.problemShown());
            assertFalse(open.buttonDisabled());
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(), uncaught.recorded(), "nothing thrown");
        } catch (AssertionError e) {
            // the dynamic tests' names do not reach every report: say which cell failed
            throw new AssertionError(page + " / " + trouble + ": " + e.getMessage(), e);
        }
    }
}
