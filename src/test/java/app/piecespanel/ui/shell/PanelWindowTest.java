package app.piecespanel.ui.shell;

import static app.piecespanel.ui.testkit.FxWait.fx;
import static app.piecespanel.ui.testkit.FxWait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.ui.testkit.PanelWindow;
import java.nio.file.Path;
import java.net.ServerSocket;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** The real window, composed as in the app, against a simulator on a real port: what a person sees and does. */
class PanelWindowTest extends FxRobot {
    @TempDir
    Path config;
    private PiecesOsSimulator sim;
    private PanelWindow window;

    private Scene open(String... args) throws Exception {
        window = PanelWindow.open(config, args);
        return window.scene;
    }

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    private String status(Scene scene) {
        return window.status();
    }

    private static boolean selected(Scene scene, String id) {
        return fx(() -> ((ToggleButton) scene.lookup("#nav-" + id)).isSelected());
    }

    @Test
    void connectsNavigatesByClickAndKeyboardAndListsTheCalls() throws Exception {
        sim = PiecesOsSimulator.builder().build().start();
        Scene scene = open("--url", sim.baseUri().toString());
        until("connected", () -> ((StatusBar) scene.lookup("#status-bar")).getText()
                .equals("Connected to PiecesOS 12.3.1 on port " + sim.port()));
        assertTrue(selected(scene, "account"), "the first page is Account");
        until("the window wears the app's icon, in every size", () -> window.stage.getIcons().size() == 6);

        clickOn("#nav-permissions");
        until("the permissions page", () -> ((ToggleButton) scene.lookup("#nav-permissions")).isSelected());
        press(KeyCode.CONTROL, KeyCode.DIGIT6).release(KeyCode.DIGIT6, KeyCode.CONTROL);
        until("Ctrl+6 shows Activity", () -> scene.lookup("#activity-table") != null
                && scene.lookup("#activity-table").isVisible());
        assertTrue(selected(scene, "activity"));
        until("the permissions read is listed", () -> ((TableView<?>) scene.lookup("#activity-table")).getItems()
                .stream().anyMatch(r -> r.toString().contains("/os/permissions")));

        press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        until("Ctrl+7 shows Settings with the version", () -> scene.lookup("#settings-version") != null
                && ((Labeled) scene.lookup("#settings-version")).getText().endsWith(System.getProperty("expected.version", "")));
    }

    @Test
    void saysWhenPiecesOsGoesAwayAndComesBackByItself() throws Exception {
        sim = PiecesOsSimulator.builder().build().start();
        int port = sim.port();
        Scene scene = open("--url", sim.baseUri().toString());
        until("connected", () -> status(scene).startsWith("Connected to PiecesOS"));
        sim.close();
        until("the loss is told", () -> status(scene).equals("Reconnecting…")
                && scene.lookup("#connection-banner").isVisible());
        sim = PiecesOsSimulator.builder().port(port).build().start();
        until("back by itself, banner gone", () -> status(scene).startsWith("Connected to PiecesOS")
                && !scene.lookup("#connection-banner").isVisible());
    }

    @Test
    void notRunningPageOffersTheSimulator() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Scene scene = open("--url", "http://127.0.0.1:" + closed);
        until("the not-running page", () -> scene.lookup("#not-running") != null);
        assertEquals("PiecesOS is not running", status(scene));
        clickOn("#not-running-simulator");
        until("the simulator answers", () -> status(scene).startsWith("Using the built-in simulator"));
        until("the page is back", () -> scene.lookup("#not-running") == null
                || !scene.lookup("#not-running").isVisible() || scene.lookup("#not-running").getScene() == null);
        Node account = fx(() -> scene.lookup("#nav-account"));
        assertTrue(fx(account::isVisible));
    }

    @Test
    void restartFromSettingsAsksFirstAndComesBackConnected() throws Exception {
        Scene scene = open("--simulator");
        until("connected to the built-in simulator", () -> status(scene).startsWith("Using the built-in simulator"));
        press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        until("Settings", () -> scene.lookup("#settings-restart") != null);
        clickOn("#settings-restart");
        // the confirmation is a real dialog: the person confirms in it
        clickOn(lookup(".dialog-pane .button").match(
                org.testfx.matcher.control.LabeledMatchers.hasText("Restart PiecesOS")).queryButton());
        until("back, and told so", () -> scene.lookup("#toast") != null
                && ((Labeled) scene.lookup("#toast")).getText().equals("PiecesOS is back."));
        assertTrue(status(scene).startsWith("Using the built-in simulator"), status(scene));
    }

    @Test
    void theStatusBarSaysWhereThePanelStandsInEachState() throws Exception {
        sim = PiecesOsSimulator.builder().restartDowntime(java.time.Duration.ofSeconds(2)).build().start();
        sim.setFault("*", new app.piecespanel.simulator.Fault.Hang());
        Scene scene = open("--url", sim.baseUri().toString());
        assertEquals("Looking for PiecesOS…", status(scene), "while the first search runs");
        until("nothing answers in time: not running", () -> status(scene).equals("PiecesOS is not running"));
        sim.clearFaults();
        until("found by itself on the next try", () -> status(scene)
                .equals("Connected to PiecesOS 12.3.1 on port " + sim.port()));
        press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        clickOn("#settings-restart");
        clickOn(lookup(".dialog-pane .button").match(
                org.testfx.matcher.control.LabeledMatchers.hasText("Restart PiecesOS")).queryButton());
        until("a restart the panel asked for is worded as such", () -> status(scene).equals("Restarting PiecesOS…")
                && scene.lookup("#connection-banner").isVisible());
        until("connected again", () -> status(scene).equals("Connected to PiecesOS 12.3.1 on port " + sim.port())
                && !scene.lookup("#connection-banner").isVisible());
    }

    @Test
    void notRunningPageRetriesAndTakesAnAddressThatIsKept() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Scene scene = open("--url", "http://127.0.0.1:" + closed);
        until("the not-running page", () -> scene.lookup("#not-running") != null);
        assertTrue(window.text("not-running-tried").contains(":" + closed), "it says what it tried");

        sim = PiecesOsSimulator.builder().build().start();
        clickOn("#not-running-address");
        // the question is a real dialog: the person types the address and confirms
        TextField field = lookup(".dialog-pane .text-field").queryAs(TextField.class);
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> field.setText(sim.baseUri().toString())).get();
        clickOn(lookup(".dialog-pane .button").match(
                org.testfx.matcher.control.LabeledMatchers.hasText("OK")).queryButton());
        until("connected there", () -> status(scene).equals("Connected to PiecesOS 12.3.1 on port " + sim.port()));
        press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        until("Settings shows the address", () -> scene.lookup("#connection-address") instanceof TextField t
                && t.getText().equals(sim.baseUri().toString()));
        assertTrue(fx(() -> ((javafx.scene.control.RadioButton) scene.lookup("#connection-manual")).isSelected()));

        int port = sim.port();
        sim.close();
        until("lost", () -> status(scene).equals("Reconnecting…"));
        sim = PiecesOsSimulator.builder().port(port).build().start();
        clickOn("#banner-retry");
        until("Retry finds it again", () -> status(scene).startsWith("Connected to PiecesOS"));
    }

    @Test
    void f5RereadsThePageAndTheKeyboardReachesTheControls() throws Exception {
        sim = PiecesOsSimulator.builder().build().start();
        Scene scene = open("--url", sim.baseUri().toString());
        until("connected", () -> status(scene).startsWith("Connected to PiecesOS"));
        press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        until("the device is read", () -> sim.requests().stream()
                .anyMatch(r -> r.path().equals("/os/device/information")));
        long before = sim.requests().stream().filter(r -> r.path().equals("/os/device/information")).count();
        until("the read has ended", () -> !scene.lookup("#status-busy").isVisible());
        press(KeyCode.F5).release(KeyCode.F5);
        until("F5 reads it again", () -> sim.requests().stream()
                .filter(r -> r.path().equals("/os/device/information")).count() == before + 1);

        // keyboard only: Ctrl+7, Tab to the theme choices, arrows to Dark, Space to choose it
        press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        until("Settings", () -> scene.lookup("#theme-dark") != null);
        Node system = fx(() -> scene.lookup("#theme-system"));
        Node dark = fx(() -> scene.lookup("#theme-dark"));
        for (int i = 0; i < 30 && !fx(system::isFocused); i++) {
            press(KeyCode.TAB).release(KeyCode.TAB);
        }
        assertTrue(fx(system::isFocused), "Tab reaches the theme choice");
        press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        assertTrue(fx(dark::isFocused), "the arrows move along the choices");
        press(KeyCode.SPACE).release(KeyCode.SPACE);
        until("chosen by keyboard", () -> ((javafx.scene.control.RadioButton) dark).isSelected());
        until("and the window is dark", () -> window.sidebarBrightness() < 0.3);
    }
}
