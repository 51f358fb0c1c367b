package app.piecespanel.ui.device;

import static app.piecespanel.ui.testkit.FxWait.fx;
import static app.piecespanel.ui.testkit.FxWait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.simulator.Fault;
import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.simulator.SimGpu;
import app.piecespanel.ui.testkit.Await;
import app.piecespanel.ui.testkit.TestPanel;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Device page against a real simulator: the report in cards, diagnostics for support, failures that keep the page. */
@ExtendWith(ApplicationExtension.class)
class DeviceTest extends FxRobot {
    private TestPanel panel;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 900, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        if (panel != null) {
            panel.close();
        }
    }

    private DeviceSection show(PiecesOsSimulator.Builder sim) {
        panel = TestPanel.fx(sim);
        DeviceSection section = new DeviceSection(panel.context);
        fx(() -> {
            ((StackPane) stage.getScene().getRoot()).getChildren().setAll(section.view());
            return null;
        });
        until("the report is shown", () -> stage.getScene().lookup("#device-card-device") != null);
        return section;
    }

    private String text(String id) {
        return fx(() -> ((Pane) stage.getScene().lookup(id)).getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Labeled).map(n -> ((Labeled) n).getText())
                .reduce("", (a, b) -> a + "|" + b));
    }

    @Test
    void showsTheMachineWithAGpuThatCanRunLocalModels() {
        show(PiecesOsSimulator.builder().gpu(new SimGpu("Test GPU 9000", 8.0 * 1024 * 1024 * 1024, true)).vulkan(true));
        assertTrue(text("#device-card-device").contains("PiecesOS 12.3.1"), text("#device-card-device"));
        assertTrue(text("#device-card-cpu").contains("of memory"), text("#device-card-cpu"));
        String gpu = text("#device-card-gpu");
        assertTrue(gpu.contains("Test GPU 9000") && gpu.contains("8.0 GB of graphics memory"), gpu);
        assertEquals("Can run local AI models", fx(() -> ((Labeled) stage.getScene().lookup("#device-llm")).getText()));
        assertTrue(text("#device-card-vulkan").contains("Found"));
        assertFalse(text("#device-card-cpu").contains("null"));
    }

    @Test
    void withoutAGpuSaysSoAndVulkanMissingIsExplained() {
        show(PiecesOsSimulator.builder().vulkan(false));
        assertTrue(text("#device-card-gpu").contains("No graphics card reported"));
        assertNull(fx(() -> stage.getScene().lookup("#device-llm")));
        assertTrue(text("#device-card-vulkan").contains("Missing"));
        assertTrue(text("#device-card-vulkan").contains("graphics driver"));
    }

    @Test
    void copiedDiagnosticsTellSupportWhatTheyNeed() {
        show(PiecesOsSimulator.builder().gpu(new SimGpu("Test GPU 9000", 4.0 * 1024 * 1024 * 1024, false)));
        clickOn("#device-copy");
        Await.until("copied", () -> panel.desktop.lastCopied() != null);
        String d = panel.desktop.lastCopied();
        assertTrue(d.contains("Pieces OS Control Panel test"), d);
        assertTrue(d.contains("PiecesOS version: 12.3.1"), d);
        assertTrue(d.contains(String.valueOf(panel.simulator.port())), "the port: " + d);
        assertTrue(d.contains("Local AI models: cannot run local AI models"), d);
        assertTrue(d.contains("Operating system: " + System.getProperty("os.name")), d);
    }

    @Test
    void diagnosticsAreSavedToTheChosenFile(@TempDir Path dir) throws Exception {
        show(PiecesOsSimulator.builder());
        Path target = dir.resolve("diag.txt");
        panel.dialogs.answerSave(target);
        clickOn("#device-save");
        Await.until("saved", () -> Files.exists(target));
        assertTrue(Files.readString(target).contains("PiecesOS version: 12.3.1"));
    }

    @Test
    void aFailedRefreshKeepsTheReportAndOffersRetry() {
        show(PiecesOsSimulator.builder());
        panel.simulator.setFault("/os/device/information", Fault.parse("status=500:database locked"));
        clickOn("#device-refresh");
        until("the problem is told", () -> stage.getScene().lookup("#deviceProblem").isVisible());
        assertNotNull(fx(() -> stage.getScene().lookup("#device-card-device")), "the report stays on screen");
        assertFalse(fx(() -> stage.getScene().lookup("#device-refresh").isDisabled()), "Refresh works again");
        panel.simulator.clearFaults();
        clickOn("#deviceProblemAction");
        until("the problem is gone", () -> !stage.getScene().lookup("#deviceProblem").isVisible());
    }
}
