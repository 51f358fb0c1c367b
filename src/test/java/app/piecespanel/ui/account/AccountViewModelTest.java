package app.piecespanel.ui.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.api.model.ExternalProviderType;
import app.piecespanel.simulator.Fault;
import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.simulator.RecordedRequest;
import app.piecespanel.ui.account.AccountViewModel.Stage;
import app.piecespanel.ui.testkit.Await;
import app.piecespanel.ui.testkit.TestPanel;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The account as a person lives it, against the simulator over loopback. */
class AccountViewModelTest {
    private static final Duration SHORT = Duration.ofSeconds(5);
    private TestPanel panel;
    private AccountViewModel vm;

    private void start(PiecesOsSimulator.Builder b) {
        panel = TestPanel.direct(b.secretMarker("SECRET-MARKER"));
        vm = new AccountViewModel(panel.context, AvatarLoader.defaults(), Locale.UK);
    }

    @AfterEach
    void close() {
        if (panel != null) {
            panel.close();
        }
    }

    private void signInAtOnce() {
        vm.signIn();
        Await.until("signed in", () -> vm.getStage() == Stage.SIGNED_IN);
    }

    @Test
    void signingInWaitsForTheBrowserThenShowsTheProfile() throws Exception {
        start(PiecesOsSimulator.builder().signInWaitsForCompletion(true));
        assertEquals(Stage.SIGNED_OUT, vm.getStage());
        assertNull(vm.userProperty().get());

        vm.signIn();
        assertEquals(Stage.SIGNING_IN, vm.getStage());
        assertTrue(vm.isBusy());
        assertTrue(panel.simulator.awaitArrived("/os/sign_in", SHORT));
        vm.signIn(); // a second click while waiting
        panel.simulator.completeSignIn();
        Await.until("signed in", () -> vm.getStage() == Stage.SIGNED_IN);

        assertEquals(1, panel.requestsTo("/os/sign_in"), "one sign-in, however often it was clicked");
        assertFalse(vm.isBusy());
        ProfileCard card = vm.getCard();
        assertEquals("Ada Lovelace", card.title());
        assertEquals("@ada", card.username());
        assertEquals("ada.lovelace@example.com", card.email());
        assertNotNull(card.memberSince());
        assertEquals("Running", card.cloudStatus());
        assertEquals(Tone.GOOD, card.cloudTone());
        assertEquals("https://ada-lovelace.pieces.cloud", card.cloudAddress(), "the vanity address wins");
        assertEquals("AL", card.initials());
        assertEquals(1, vm.linkedAccounts().size());
        LinkedAccount github = vm.linkedAccounts().get(0);
        assertEquals("GitHub", github.providerName());
        assertTrue(github.account().contains("ada.lovelace@example.com"), github.account());
        assertTrue(github.linked().startsWith("Linked "), github.linked());
        assertTrue(vm.linkableProviders().stream().noneMatch(c -> c.type().value().equals("github")));
        assertEquals("Ada Lovelace", vm.userProperty().get().name());

        byte[] picture = Await.value("the picture", () -> vm.avatarProperty().get());
        assertEquals((byte) 0x89, picture[0], "the simulator's PNG");
        assertFalse(vm.avatarLoadingProperty().get());
    }

    @Test
    void cancellingSignInAbandonsTheRequestAndReturnsToSignedOut() throws Exception {
        start(PiecesOsSimulator.builder().signInWaitsForCompletion(true));
        vm.signIn();
        assertTrue(panel.simulator.awaitArrived("/os/sign_in", SHORT));

        vm.cancelSignIn();

        assertEquals(Stage.SIGNED_OUT, vm.getStage());
        assertFalse(vm.isBusy());
        assertTrue(panel.simulator.awaitAbandoned("/os/sign_in", SHORT), "PiecesOS sees the request dropped");
        assertFalse(vm.noticeProperty().get().isEmpty(), "says the sign-in was cancelled");
        assertNull(vm.getProblem(), "a cancel is not a problem");
        assertFalse(panel.simulator.isSignedIn());

        vm.signIn(); // and signing in works again afterwards
        assertEquals(Stage.SIGNING_IN, vm.getStage());
        panel.simulator.completeSignIn();
        Await.until("signed in", () -> vm.getStage() == Stage.SIGNED_IN);
    }

    @Test
    void signOutAsksFirstAndLeavesNothingPersonal() {
        start(PiecesOsSimulator.builder());
        signInAtOnce();
        Await.value("the picture", () -> vm.avatarProperty().get());

        panel.dialogs.answerConfirm(false);
        vm.signOut();
        assertEquals(1, panel.dialogs.confirmations.size());
        assertTrue(panel.dialogs.confirmations.get(0).contains("Ada Lovelace"), panel.dialogs.confirmations.get(0));
        assertEquals(0, panel.requestsTo("/os/sign_out"), "declined: nothing sent");
        assertEquals(Stage.SIGNED_IN, vm.getStage());

        panel.dialogs.answerConfirm(true);
        vm.signOut();
        Await.until("signed out", () -> vm.getStage() == Stage.SIGNED_OUT);
        assertEquals(1, panel.requestsTo("/os/sign_out"));
        assertFalse(panel.simulator.isSignedIn());
        assertNull(vm.userProperty().get());
        assertNull(vm.getCard());
        assertTrue(vm.linkedAccounts().isEmpty());
        assertTrue(vm.linkableProviders().isEmpty());
        assertNull(vm.avatarProperty().get());
        assertNull(vm.getProblem());
    }

    @Test
    void linkingAProviderSendsItsTypeAndShowsIt() {
        start(PiecesOsSimulator.builder());
        signInAtOnce();

        vm.link(ExternalProviderType.of(ExternalProviderType.Known.GOOGLE_OAUTH2));
        Await.until("Google linked and no longer offered", () -> vm.linkedAccounts().size() == 2
                && vm.linkableProviders().stream().noneMatch(c -> c.type().value().equals("google-oauth2")));

        RecordedRequest sent = panel.simulator.requests().stream()
                .filter(r -> r.path().equals("/os/link_provider")).findFirst().orElseThrow();
        assertTrue(sent.body().contains("\"google-oauth2\""), sent.body());
        assertEquals("Google", vm.linkedAccounts().get(1).providerName());
        assertTrue(vm.linkableProviders().stream().noneMatch(c -> c.type().value().equals("google-oauth2")));
        assertEquals(Stage.SIGNED_IN, vm.getStage());
        assertNull(vm.getProblem());
    }

    @Test
    void linkingAfterPiecesOsSignedOutElsewhereSaysSignInFirstAndOffersIt() throws Exception {
        start(PiecesOsSimulator.builder().signInWaitsForCompletion(true));
        panel.simulator.completeSignIn();
        signInAtOnce();
        panel.client.signOut().get(); // another Pieces app signs out

        vm.link(ExternalProviderType.of(ExternalProviderType.Known.BITBUCKET));
        Await.until("a problem", () -> vm.getProblem() != null);

        assertTrue(vm.getProblem().sentence().startsWith("Sign in first"), vm.getProblem().sentence());
        assertTrue(vm.getProblem().sentence().contains("Bitbucket"));
        assertEquals("Sign in", vm.problemActionProperty().get());
        assertEquals(Stage.SIGNED_OUT, vm.getStage(), "PiecesOS said nobody is signed in");
        assertNull(vm.userProperty().get());

        vm.retry(); // the problem's "Sign in"
        assertEquals(Stage.SIGNING_IN, vm.getStage());
        assertTrue(panel.simulator.awaitArrived("/os/sign_in", SHORT));
    }

    @Test
    void linkingWhileSignedOutIsA401SignInFirst() {
        start(PiecesOsSimulator.builder());
        vm.link(ExternalProviderType.of(ExternalProviderType.Known.GITHUB));
        Await.until("a problem", () -> vm.getProblem() != null);
        assertTrue(vm.getProblem().sentence().startsWith("Sign in first"));
        assertEquals("Sign in", vm.problemActionProperty().get());
        assertEquals(Stage.SIGNED_OUT, vm.getStage());
    }

    @Test
    void aSparseProfileLeavesOutWhatIsMissingAndThePlaceholders() {
        start(PiecesOsSimulator.builder().sparseProfile(true));
        signInAtOnce();

        ProfileCard card = vm.getCard();
        assertEquals("Signed in to Pieces", card.title(), "no name, no username, only the placeholder email");
        assertNull(card.username(), "a blank username is missing");
        assertNull(card.email(), "user@pieces.app is the generated placeholder");
        assertNull(card.memberSince());
        assertNull(card.cloudStatus());
        assertNull(card.cloudAddress());
        assertEquals("", card.initials());
        assertTrue(vm.linkedAccounts().isEmpty());
        assertEquals(ExternalProviderType.Known.values().length, vm.linkableProviders().size());
        assertNull(vm.avatarProperty().get());
        assertFalse(vm.avatarLoadingProperty().get(), "the placeholder picture is not fetched");
        assertTrue(panel.simulator.requests().stream().noneMatch(r -> r.path().contains("avatar")));
    }

    @Test
    void anUnknownCloudStatusIsNamedAsSent() {
        start(PiecesOsSimulator.builder());
        panel.simulator.setFault("/os/sign_in", Fault.parse("unknown-enum"));
        signInAtOnce();
        String status = vm.getCard().cloudStatus();
        assertTrue(status.startsWith("Unrecognised status"), status);
        assertEquals(Tone.NEUTRAL, vm.getCard().cloudTone());
    }

    @Test
    void aFailedSignInIsAProblemWithRetryAndNothingChanges() {
        start(PiecesOsSimulator.builder());
        panel.simulator.setFault("/os/sign_in", Fault.parse("status=500:auth service down"));
        vm.signIn();
        Await.until("a problem", () -> vm.getProblem() != null);
        assertEquals(Stage.SIGNED_OUT, vm.getStage());
        assertTrue(vm.getProblem().sentence().contains("auth service down"), vm.getProblem().sentence());
        assertEquals("Retry", vm.problemActionProperty().get());

        panel.simulator.clearFaults();
        vm.retry();
        Await.until("signed in", () -> vm.getStage() == Stage.SIGNED_IN);
        assertNull(vm.getProblem());
    }

    @Test
    void aFailedSignOutKeepsTheProfileAndSaysSo() {
        start(PiecesOsSimulator.builder());
        signInAtOnce();
        panel.simulator.setFault("/os/sign_out", Fault.parse("status=500:busy"));
        panel.dialogs.answerConfirm(true);
        vm.signOut();
        Await.until("a problem", () -> vm.getProblem() != null);
        assertEquals(Stage.SIGNED_IN, vm.getStage());
        assertEquals("Ada Lovelace", vm.getCard().title());
    }

    @Test
    void noSecretReachesAnythingShown() {
        start(PiecesOsSimulator.builder());
        signInAtOnce();
        vm.copyCloudAddress();
        String shown = vm.getCard() + " " + vm.linkedAccounts() + " " + vm.linkableProviders() + " "
                + panel.desktop.clipboard + " " + panel.dialogs.notifications + " "
                + panel.calls.stream().map(Object::toString).collect(Collectors.joining());
        assertFalse(shown.contains("SECRET-MARKER"), shown);
        assertEquals("https://ada-lovelace.pieces.cloud", panel.desktop.lastCopied());
    }
}
