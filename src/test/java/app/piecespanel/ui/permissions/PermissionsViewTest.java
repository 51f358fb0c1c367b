package app.piecespanel.ui.permissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.simulator.Fault;
import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.simulator.Scenario;
import app.piecespanel.simulator.SimPlatform;
import app.piecespanel.ui.testkit.FxPage;
import app.piecespanel.ui.testkit.TestPanel;
import java.time.Duration;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Permissions page driven like a person: badges, Grant buttons during calls, the restart, Linux, errors. */
@ExtendWith(ApplicationExtension.class)
class PermissionsViewTest {
    private static final Duration SHORT = Duration.ofSeconds(5);
    private Stage stage;
    private TestPanel panel;
    private FxPage page;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void show(PiecesOsSimulator.Builder b) {
        panel = TestPanel.fx(b);
        page = FxPage.show(stage, new PermissionsSection(panel.context));
    }

    @AfterEach
    void close() {
        if (panel != null) {
            panel.close();
        }
    }

    @Test
    void grantingOneDisablesBothButtonsWhileAskingThenShowsGranted(FxRobot robot) throws Exception {
        show(PiecesOsSimulator.builder().platform(SimPlatform.MACOS).permissionGrantDelay(Duration.ofMillis(400)));
        page.waitFor("the states", () -> "Not granted".equals(page.text("#permissionVisionState")));
        assertEquals("Not granted", page.text("#permissionAccessibilityState"));
        assertTrue(page.shownText().contains("Screen content"));
        assertFalse(page.disabled("#permissionVisionGrant"));
        assertFalse(page.disabled("#permissionAccessibilityGrant"));

        robot.clickOn("#permissionVisionGrant");
        assertTrue(panel.simulator.awaitArrived("/os/permissions/request", SHORT));
        page.waitFor("asking", () -> "Asking…".equals(page.text("#permissionVisionGrant")));
        assertTrue(page.disabled("#permissionVisionGrant"));
        assertTrue(page.disabled("#permissionAccessibilityGrant"), "one request at a time");
        assertEquals("Grant", page.text("#permissionAccessibilityGrant"));

        page.waitFor("granted", () -> "Granted".equals(page.text("#permissionVisionState")));
        page.waitFor("Grant gone where granted", () -> !page.shown("#permissionVisionGrant"));
        assertFalse(page.disabled("#permissionAccessibilityGrant"));
        assertEquals("Not granted", page.text("#permissionAccessibilityState"));
        assertTrue(page.text("#permissionsHelp").contains("Privacy & Security") || page.text("#permissionsHelp")
                .contains("Privacy & security"));
    }

    @Test
    void aGrantThatRestartsPiecesOsSaysSoAndShowsTheResultWhenBack(FxRobot robot) {
        show(PiecesOsSimulator.builder().scenario(Scenario.GRANT_RESTARTS).restartDowntime(Duration.ofMillis(800)));
        page.waitFor("the states", () -> "Not granted".equals(page.text("#permissionAccessibilityState")));

        robot.clickOn("#permissionAccessibilityGrant");

        page.waitFor("the restart is said", () -> page.shown("#permissionsRestarting"));
        assertEquals("PiecesOS is restarting to apply the permission…", page.text("#permissionsRestarting"));
        assertFalse(page.shown("#permissionsProblem"), "not an error");
        assertTrue(page.disabled("#permissionVisionGrant"));
        page.waitFor("granted after the restart", () -> "Granted".equals(page.text("#permissionAccessibilityState")));
        assertFalse(page.shown("#permissionsRestarting"));
        assertFalse(page.shown("#permissionsProblem"));
        assertFalse(page.disabled("#permissionVisionGrant"));
    }

    @Test
    void onLinuxPlainWordsAndNoButtons() {
        show(PiecesOsSimulator.builder().platform(SimPlatform.LINUX));
        page.waitFor("the answer", () -> page.shown("#permissionsNotApplicable"));
        assertTrue(page.shownText().contains("No permissions to grant here"));
        assertEquals("Not needed here", page.text("#permissionVisionState"));
        assertEquals("Not needed here", page.text("#permissionAccessibilityState"));
        assertFalse(page.shown("#permissionVisionGrant"));
        assertFalse(page.shown("#permissionAccessibilityGrant"));
    }

    @Test
    void aFailedReadKeepsTheStatesAndRetryClearsTheProblem(FxRobot robot) {
        show(PiecesOsSimulator.builder().platform(SimPlatform.WINDOWS));
        page.waitFor("the states", () -> "Not granted".equals(page.text("#permissionVisionState")));
        panel.simulator.setFault("/os/permissions", Fault.parse("status=500:locked"));

        robot.clickOn("#permissionsRefresh");
        page.waitFor("the problem", () -> page.shown("#permissionsProblem"));
        assertTrue(page.text("#permissionsProblemText").contains("locked"));
        assertEquals("Not granted", page.text("#permissionVisionState"), "what was shown stays");
        assertTrue(page.shown("#permissionVisionGrant"));

        panel.simulator.clearFaults();
        robot.clickOn("#permissionsProblemAction");
        page.waitFor("problem gone", () -> !page.shown("#permissionsProblem"));
    }
}
