package app.piecespanel.ui.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.simulator.Fault;
import app.piecespanel.ui.testkit.FxPage;
import java.time.Duration;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An impatient person: twenty quick clicks on a page's button (and twenty F5s) while its call is on its way send
 * one request, not twenty; once the answer is in, the button works again.
 */
@ExtendWith(ApplicationExtension.class)
class QuickClicksTest {
    /** Long enough that twenty clicks land while the first call is still on its way. */
    private static final Duration SLOW = Duration.ofMillis(1200);
    private static final int CLICKS = 20;

    @RegisterExtension
    final UncaughtExceptions uncaught = new UncaughtExceptions();
    private Stage stage;
    private OpenPage open;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (open != null) {
            open.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Page.class, names = {"PERMISSIONS", "DEVICE", "UPDATES", "FILES"})
    void twentyQuickClicksSendOneRequest(Page page, FxRobot robot) throws Exception {
        open = OpenPage.open(page, stage, robot);
        FxPage screen = open.screen;
        long before = open.panel.sentTo(page.path);
        long answeredBefore = open.panel.requestsTo(page.path);
        open.panel.simulator.setFault(page.path, Fault.latency(SLOW));

        int[] presses = {0};
        FxPage.call(() -> {
            stage.getScene().addEventFilter(MouseEvent.MOUSE_PRESSED, e -> presses[0]++);
            return null;
        });
        robot.moveTo(page.button);
        FxPage.call(() -> {
            // as fast as a mouse can: all twenty are queued before the first is handled
            Robot mouse = new Robot();
            for (int i = 0; i < CLICKS; i++) {
                mouse.mouseClick(MouseButton.PRIMARY);
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CLICKS, FxPage.call(() -> presses[0]), "every click reached the window");
        assertEquals(before + 1, open.panel.sentTo(page.path), "one request for twenty clicks: " + open.panel.sent);
        FxPage.call(() -> {
            for (int i = 0; i < CLICKS; i++) {
                open.section.refresh(); // F5
            }
            return null;
        });
        assertEquals(before + 1, open.panel.sentTo(page.path), "and none for twenty F5s: " + open.panel.sent);
        assertTrue(open.buttonDisabled(), "all of it happened while the first call was still on its way");

        screen.waitFor("the answer is in and the button works again", () -> !open.buttonDisabled());
        assertEquals(before + 1, open.panel.sentTo(page.path), "still one: " + open.panel.sent);
        assertEquals(answeredBefore + 1, open.panel.requestsTo(page.path), "PiecesOS saw one");

        open.panel.simulator.clearFaults();
        page.change(open.panel);
        robot.clickOn(page.button);
        screen.waitFor("a later click is answered", () -> page.fresh(screen));
        assertEquals(before + 2, open.panel.sentTo(page.path));
    }
}
