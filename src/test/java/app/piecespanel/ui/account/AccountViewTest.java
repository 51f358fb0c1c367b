package app.piecespanel.ui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.simulator.Fault;
import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.ui.testkit.FxPage;
import app.piecespanel.ui.testkit.TestPanel;
import java.time.Duration;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Account page driven like a person: the words in each state, the buttons during calls, the sign-out question. */
@ExtendWith(ApplicationExtension.class)
class AccountViewTest {
    private static final Duration SHORT = Duration.ofSeconds(5);
    private Stage stage;
    private TestPanel panel;
    private FxPage page;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private void show(PiecesOsSimulator.Builder b) {
        panel = TestPanel.fx(b.secretMarker("SECRET-MARKER"));
        page = FxPage.show(stage, new AccountSection(panel.context));
    }

    @AfterEach
    void close() {
        if (panel != null) {
            panel.close();
        }
    }

    private void signIn(FxRobot robot) {
        robot.clickOn("#accountSignIn");
        page.waitFor("the profile", () -> page.shown("#accountSignedIn"));
    }

    @Test
    void signingInShowsTheWaitThenTheProfile(FxRobot robot) throws Exception {
        show(PiecesOsSimulator.builder().signInWaitsForCompletion(true));
        assertTrue(page.shown("#accountSignedOut"));
        assertTrue(page.shownText().contains("Sign in to Pieces"));
        assertFalse(page.disabled("#accountSignIn"));

        robot.clickOn("#accountSignIn");
        page.waitFor("the browser wait", () -> page.shown("#accountSigningIn"));
        assertTrue(panel.simulator.awaitArrived("/os/sign_in", SHORT));
        assertEquals("Finish signing in in your browser…", page.text("#accountSigningInTitle"));
        assertFalse(page.shown("#accountSignedOut"));
        assertTrue(page.disabled("#accountSignIn"), "no second sign-in while one waits");
        assertFalse(page.disabled("#accountCancelSignIn"));

        panel.simulator.completeSignIn();
        page.waitFor("the name", () -> "Ada Lovelace".equals(page.text("#accountName")));
        assertEquals("@ada", page.text("#accountUsername"));
        assertEquals("ada.lovelace@example.com", page.text("#accountEmail"));
        assertEquals("Running", page.text("#accountCloudStatus"));
        assertEquals("https://ada-lovelace.pieces.cloud", page.text("#accountCloudAddress"));
        assertTrue(page.shown("#accountProvider-github"));
        String shown = page.shownText();
        assertTrue(shown.contains("GitHub") && shown.contains("Member since"), shown);
        assertFalse(shown.contains("null"), shown);
        ImageView picture = page.node("#accountAvatarImage");
        page.waitFor("the picture", () -> picture.getImage() != null && picture.isVisible());
        assertFalse(page.shown("#accountAvatarInitials"), "the initials give way to the picture");
        assertFalse(page.allText().contains("SECRET-MARKER"), "no secret anywhere on the page");
        assertEquals(1, panel.requestsTo("/os/sign_in"));
    }

    @Test
    void cancelAbandonsTheSignInAndReturnsToSignedOut(FxRobot robot) throws Exception {
        show(PiecesOsSimulator.builder().signInWaitsForCompletion(true));
        robot.clickOn("#accountSignIn");
        assertTrue(panel.simulator.awaitArrived("/os/sign_in", SHORT));
        page.waitFor("the browser wait", () -> page.shown("#accountCancelSignIn"));

        robot.clickOn("#accountCancelSignIn");

        page.waitFor("signed out again", () -> page.shown("#accountSignedOut"));
        assertTrue(panel.simulator.awaitAbandoned("/os/sign_in", SHORT));
        assertTrue(page.text("#accountNotice").startsWith("Sign-in cancelled"));
        assertFalse(page.disabled("#accountSignIn"), "Sign in works again");
        assertFalse(page.shown("#accountProblem"), "a cancel is not an error");
    }

    @Test
    void signOutAsksFirstThenLeavesNothingPersonalOnScreen(FxRobot robot) throws Exception {
        show(PiecesOsSimulator.builder());
        signIn(robot);

        panel.dialogs.answerConfirm(false);
        robot.clickOn("#accountSignOut");
        page.waitFor("the question", () -> panel.dialogs.confirmations.size() == 1);
        assertTrue(panel.dialogs.confirmations.get(0).startsWith("Sign out of Pieces?"));
        assertTrue(page.shown("#accountSignedIn"), "declined: still signed in");
        assertEquals(0, panel.requestsTo("/os/sign_out"));

        panel.simulator.setFault("/os/sign_out", Fault.parse("latency=400ms"));
        panel.dialogs.answerConfirm(true);
        robot.clickOn("#accountSignOut");
        assertTrue(panel.simulator.awaitArrived("/os/sign_out", SHORT));
        page.waitFor("the button waits", () -> page.disabled("#accountSignOut")
                && "Signing out…".equals(page.text("#accountSignOut")));
        assertTrue(page.disabled("#accountLinkMenu"));

        page.waitFor("signed out", () -> page.shown("#accountSignedOut"));
        String everything = page.allText();
        assertFalse(everything.contains("Ada") || everything.contains("ada."), everything);
        assertFalse(everything.contains("pieces.cloud"), everything);
        ImageView picture = page.node("#accountAvatarImage");
        assertEquals(null, FxPage.call(picture::getImage));
    }

    @Test
    void linkAnotherAccountOffersWhatIsNotLinkedAndShowsTheNewOne(FxRobot robot) throws Exception {
        show(PiecesOsSimulator.builder());
        signIn(robot);
        panel.simulator.setFault("/os/link_provider", Fault.parse("latency=400ms"));

        robot.clickOn("#accountLinkMenu");
        javafx.scene.control.MenuButton menu = page.node("#accountLinkMenu");
        String offered = FxPage.call(() -> menu.getItems().stream().map(i -> i.getText()).toList().toString());
        assertFalse(offered.contains("GitHub"), "GitHub is linked already: " + offered);
        assertTrue(offered.contains("Google") && offered.contains("Bitbucket"), offered);
        robot.clickOn("Google");
        assertTrue(panel.simulator.awaitArrived("/os/link_provider", SHORT));
        page.waitFor("linking is said", () -> page.shown("#accountLinkBusy")
                && page.text("#accountLinkBusy").equals("Linking Google…"));
        assertTrue(page.disabled("#accountLinkMenu"));
        assertTrue(page.disabled("#accountSignOut"));

        page.waitFor("the Google row", () -> page.shown("#accountProvider-google-oauth2"));
        assertFalse(page.disabled("#accountLinkMenu"));
        assertFalse(page.shown("#accountLinkBusy"));
    }

    @Test
    void a401WhileLinkingSaysSignInFirstWithTheButtonRightThere(FxRobot robot) throws Exception {
        show(PiecesOsSimulator.builder());
        signIn(robot);
        panel.client.signOut().get(); // another Pieces app signed out

        robot.clickOn("#accountLinkMenu");
        robot.clickOn("Bitbucket");

        page.waitFor("the problem", () -> page.shown("#accountProblem"));
        assertTrue(page.text("#accountProblemText").startsWith("Sign in first."), page.text("#accountProblemText"));
        assertEquals("Sign in", page.text("#accountProblemAction"));
        assertTrue(page.shown("#accountSignedOut"));
        assertFalse(page.allText().contains("Ada"));

        robot.clickOn("#accountProblemAction");
        page.waitFor("signed in again", () -> page.shown("#accountSignedIn"));
        assertFalse(page.shown("#accountProblem"));
    }

    @Test
    void aFailedSignInShowsASentenceRetryAndDetailsOnDemand(FxRobot robot) {
        show(PiecesOsSimulator.builder());
        panel.simulator.setFault("/os/sign_in", Fault.parse("status=503:maintenance"));
        robot.clickOn("#accountSignIn");
        page.waitFor("the problem", () -> page.shown("#accountProblem"));
        assertTrue(page.text("#accountProblemText").contains("maintenance"));
        assertEquals("Retry", page.text("#accountProblemAction"));
        assertFalse(page.shown("#accountProblemDetails"));
        robot.clickOn("#accountProblemDetailsToggle");
        page.waitFor("details", () -> page.shown("#accountProblemDetails"));
        assertTrue(page.text("#accountProblemDetails").contains("/os/sign_in"));

        panel.simulator.clearFaults();
        robot.clickOn("#accountProblemAction");
        page.waitFor("signed in", () -> page.shown("#accountSignedIn"));
        assertFalse(page.shown("#accountProblem"));
    }
}
