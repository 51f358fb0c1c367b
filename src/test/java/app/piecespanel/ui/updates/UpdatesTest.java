package app.piecespanel.ui.updates;

import static app.piecespanel.ui.testkit.FxWait.fx;
import static app.piecespanel.ui.testkit.FxWait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.simulator.Scenario;
import app.piecespanel.ui.testkit.Await;
import app.piecespanel.ui.testkit.TestPanel;
import java.time.Duration;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Updates page against a simulator: each status in words, the whole flow to a restart, and the page itself. */
@ExtendWith(ApplicationExtension.class)
class UpdatesTest extends FxRobot {
    private TestPanel panel;
    private UpdatesSection section;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 900, 600));
        stage.show();
    }

    @AfterEach
    void stop() {
        if (section != null) {
            section.close();
        }
        if (panel != null) {
            panel.close();
        }
    }

    private UpdatesViewModel direct(PiecesOsSimulator.Builder b) {
        panel = TestPanel.direct(b.downloadDuration(Duration.ofMillis(800)).restartDowntime(Duration.ofMillis(400)));
        section = new UpdatesSection(panel.context, Duration.ofMillis(100), Duration.ofSeconds(20));
        return section.viewModel();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "up-to-date|PiecesOS is up to date|UP_TO_DATE",
            "reinstall-required|This update needs a fresh install|NEEDS_ACTION",
            "contact-support|PiecesOS could not update itself|NEEDS_ACTION",
            "unknown-status|PiecesOS reported an unknown update state: |UNKNOWN"})
    void eachFinalStatusInPlainWords(String scenario, String words, UpdatesViewModel.Kind kind) {
        UpdatesViewModel vm = direct(PiecesOsSimulator.builder().scenario(Scenario.fromName(scenario)));
        vm.checkForUpdates();
        Await.until("the check's outcome", () -> vm.kindProperty().get() != null && !vm.busyProperty().get());
        assertTrue(vm.headlineProperty().get().startsWith(words), vm.headlineProperty().get());
        assertEquals(kind, vm.kindProperty().get());
        if (kind == UpdatesViewModel.Kind.UNKNOWN) {
            assertTrue(vm.headlineProperty().get().length() > words.length(), "the raw value is shown");
        }
    }

    @Test
    void followsTheDownloadByItselfThenRestartsIntoTheNewVersion() {
        UpdatesViewModel vm = direct(PiecesOsSimulator.builder().scenario(Scenario.UPDATE_AVAILABLE));
        Await.until("the connection knows the version", () -> !panel.connection.versionProperty().get().isEmpty());
        vm.checkForUpdates();
        Await.until("ready, without another click", () -> vm.kindProperty().get() == UpdatesViewModel.Kind.READY);
        assertTrue(panel.requestsTo("/os/update/check") >= 2, "it kept checking by itself");
        vm.restartToFinish();
        Await.until("back and checked", () -> !vm.outcomeProperty().get().isEmpty());
        assertEquals("PiecesOS updated to 12.4.0.", vm.outcomeProperty().get());
        assertEquals(UpdatesViewModel.Kind.UP_TO_DATE, vm.kindProperty().get());
        assertEquals(1, panel.dialogs.confirmations.size(), "asked first");
    }

    @Test
    void declinedRestartDoesNothing() {
        UpdatesViewModel vm = direct(PiecesOsSimulator.builder().scenario(Scenario.UPDATE_AVAILABLE));
        panel.dialogs.answerConfirm(false);
        vm.checkForUpdates();
        Await.until("ready", () -> vm.kindProperty().get() == UpdatesViewModel.Kind.READY);
        vm.restartToFinish();
        Await.until("not busy", () -> !vm.busyProperty().get());
        assertEquals(0, panel.requestsTo("/os/restart"));
        assertEquals(UpdatesViewModel.Kind.READY, vm.kindProperty().get());
    }

    @Test
    void aReadyUpdateFoundWhileElsewhereIsNotified() {
        UpdatesViewModel vm = direct(PiecesOsSimulator.builder().scenario(Scenario.UPDATE_AVAILABLE));
        vm.checkForUpdates(); // the page was never shown
        Await.until("ready", () -> vm.kindProperty().get() == UpdatesViewModel.Kind.READY);
        Await.until("notified", () -> !panel.dialogs.notifications.isEmpty());
        assertTrue(panel.dialogs.notifications.get(0).contains("update is ready"));
    }

    @Test
    void thePageShowsTheProgressBarMovingAndAsksBeforeRestarting() {
        panel = TestPanel.fx(PiecesOsSimulator.builder().scenario(Scenario.UPDATE_AVAILABLE)
                .downloadDuration(Duration.ofSeconds(2)).restartDowntime(Duration.ofMillis(400)));
        section = new UpdatesSection(panel.context, Duration.ofMillis(150), Duration.ofSeconds(20));
        fx(() -> {
            ((StackPane) stage.getScene().getRoot()).getChildren().setAll(section.view());
            return null;
        });
        clickOn("#updates-check");
        until("downloading with a percentage", () -> ((ProgressBar) stage.getScene().lookup("#updates-progress")).getProgress() > 0);
        double first = fx(() -> ((ProgressBar) stage.getScene().lookup("#updates-progress")).getProgress());
        until("the bar moves on", () -> ((ProgressBar) stage.getScene().lookup("#updates-progress")).getProgress() > first
                || stage.getScene().lookup("#updates-restart").isVisible());
        until("the restart button", () -> stage.getScene().lookup("#updates-restart").isVisible());
        clickOn("#updates-restart");
        until("PiecesOS updated", () -> ((Labeled) stage.getScene().lookup("#updates-outcome")).getText()
                .equals("PiecesOS updated to 12.4.0."));
        assertEquals(1, panel.dialogs.confirmations.size());
        assertFalse(fx(() -> stage.getScene().lookup("#updates-restart").isVisible()));
    }

    @Test
    void theAutomaticCheckWaitsForPiecesOsInsteadOfReportingItMissing() throws Exception {
        panel = TestPanel.direct(PiecesOsSimulator.builder());
        int port = panel.simulator.port();
        panel.simulator.close(); // PiecesOS is not there yet when the panel starts
        section = new UpdatesSection(panel.context, Duration.ofMillis(100), Duration.ofSeconds(20));
        UpdatesViewModel vm = section.viewModel();
        section.setAutomaticCheckInterval(Duration.ofHours(6));
        try (PiecesOsSimulator later = PiecesOsSimulator.builder().port(port).build().start()) {
            Await.until("checked once PiecesOS is there", () -> vm.kindProperty().get() == UpdatesViewModel.Kind.UP_TO_DATE);
            assertEquals(null, vm.problemProperty().get(), "no 'not running' left on the page");
        }
    }
}
