package app.piecespanel.ui.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.simulator.Fault;
import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.ui.account.AccountSection;
import app.piecespanel.ui.files.PickRecord;
import app.piecespanel.ui.files.PickedPath;
import app.piecespanel.ui.testkit.Await;
import app.piecespanel.ui.testkit.FxPage;
import app.piecespanel.ui.testkit.TestPanel;
import java.time.Duration;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A late answer never overwrites a newer one. Each test starts a slow call whose answer would show something
 * different, lets a newer call put its answer on screen, waits until the simulator's log says the slow request is
 * over (answered or dropped), and checks that the newer answer is still what the person sees.
 */
@ExtendWith(ApplicationExtension.class)
class LateAnswerTest {
    private static final Duration SLOW = Duration.ofMillis(1000);
    private static final String GAMMA = "/srv/pieces-elsewhere/gamma";

    @RegisterExtension
    final UncaughtExceptions uncaught = new UncaughtExceptions();
    private Stage stage;
    private OpenPage open;
    private TestPanel panel;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() {
        if (open != null) {
            open.close();
        }
        if (panel != null) {
            panel.close();
        }
    }

    /**
     * The person stops waiting for a pick at the very moment PiecesOS's answer (beta.txt) arrives: the answer is in,
     * but its hand-over to the page waits behind the click. Then a folder pick (gamma) is shown; the answer that
     * was given up on must not land after all.
     */
    @Test
    void aPickGivenUpOnNeverLandsAfterTheNextPick(FxRobot robot) {
        HeldHandOvers ui = new HeldHandOvers();
        open = OpenPage.open(Page.FILES, stage, robot, TestPanel.start(Page.FILES.simulator(), ui));
        FxPage screen = open.screen;
        Await.until("the connection has read the version", () -> !open.panel.connection.versionProperty().get().isEmpty());
        open.panel.simulator.setFault("/os/files/pick", Fault.latency(SLOW));
        robot.clickOn("#pickFiles");
        screen.waitFor("waiting for the picker", () -> screen.shown("#waiting"));

        switchAwayAndBack(open.section.view());
        assertTrue(screen.shown("#waiting"), "still waiting after coming back");

        ui.hold();
        Await.until("PiecesOS answered the slow pick", () -> open.panel.requestsTo("/os/files/pick") == 2);
        Await.until("the answer is on its way to the page", () -> ui.waiting() > 0);
        open.panel.simulator.queueFolderPick(List.of(GAMMA));
        robot.clickOn("#cancelPick");
        robot.clickOn("#pickFolders");
        ui.release();
        screen.waitFor("the folder pick is shown", () -> names(screen).equals(List.of("gamma")));

        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("gamma"), names(screen), "the newer pick stays");
        ListView<PickRecord> history = screen.node("#history");
        assertEquals(2, FxPage.call(() -> history.getItems().size()), "the pick given up on is not in the history");
        assertFalse(screen.shown("#problem"), "giving up on a pick is not a problem");
    }

    /** The person cancels a sign-in at the very moment PiecesOS's answer arrives: the page stays signed out. */
    @Test
    void aSignInCancelledStaysCancelledWhenItsAnswerComesLate(FxRobot robot) {
        HeldHandOvers ui = new HeldHandOvers();
        panel = TestPanel.start(PiecesOsSimulator.builder(), ui);
        FxPage screen = FxPage.show(stage, new AccountSection(panel.context));
        Await.until("the connection has read the version", () -> !panel.connection.versionProperty().get().isEmpty());
        panel.simulator.setFault("/os/sign_in", Fault.latency(SLOW));
        robot.clickOn("#accountSignIn");
        screen.waitFor("signing in", () -> screen.shown("#accountSigningIn"));

        ui.hold();
        Await.until("PiecesOS answered the sign-in", () -> panel.requestsTo("/os/sign_in") == 1);
        Await.until("the answer is on its way to the page", () -> ui.waiting() > 0);
        robot.clickOn("#accountCancelSignIn");
        ui.release();
        screen.waitFor("signed out", () -> screen.shown("#accountSignedOut"));

        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(screen.shown("#accountSignedOut"), "the cancelled sign-in does not sign the page in");
        assertFalse(screen.shown("#accountSignedIn"));
        assertFalse(screen.disabled("#accountSignIn"));

        panel.simulator.clearFaults();
        robot.clickOn("#accountSignIn");
        screen.waitFor("a new sign-in works", () -> screen.shown("#accountSignedIn"));
    }

    /**
     * PiecesOS starts sending the old state byte by byte; the page gives up at its deadline, and the refresh after
     * that shows the new state. The old answer, still on its way when the new one is shown, must not replace it.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Page.class, names = {"PERMISSIONS", "UPDATES"})
    void anAnswerTooLateForItsDeadlineNeverReplacesTheNextOne(Page page, FxRobot robot) {
        open = OpenPage.open(page, stage, robot, FaultMatrixTest.DEADLINE);
        FxPage screen = open.screen;
        long before = open.panel.requestsTo(page.path);
        open.panel.simulator.setFault(page.path, Fault.drip(Duration.ofMillis(20)));
        robot.clickOn(page.button);
        screen.waitFor("the page gave up", open::problemShown);
        Trouble.HANG.assertToldPlainly(screen.text(page.problemText));

        open.panel.simulator.clearFaults();
        page.change(open.panel);
        robot.clickOn(page.button);
        screen.waitFor("the new state", () -> page.fresh(screen) && !open.problemShown());

        Await.until("the old answer is over for PiecesOS", () -> open.panel.requestsTo(page.path) == before + 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(page.fresh(screen), "the newer answer stays");
        assertFalse(open.problemShown());
    }

    /** What the shell does when the person goes to another page and comes back: the same view, re-attached. */
    private void switchAwayAndBack(javafx.scene.Node view) {
        FxPage.call(() -> {
            stage.getScene().setRoot(new StackPane(new Label("another page")));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        FxPage.call(() -> {
            stage.getScene().setRoot((Parent) view);
            return null;
        });
    }

    private static List<String> names(FxPage screen) {
        TableView<PickedPath> table = screen.node("#results");
        return FxPage.call(() -> table.getItems().stream().map(PickedPath::name).toList());
    }
}
