package app.piecespanel.ui.settings;

import static app.piecespanel.ui.testkit.FxWait.fx;
import static app.piecespanel.ui.testkit.FxWait.onFx;
import static app.piecespanel.ui.testkit.FxWait.until;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.simulator.PiecesOsSimulator;
import app.piecespanel.simulator.Scenario;
import app.piecespanel.ui.testkit.PanelWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Settings as a person uses them in the real window: they apply at once, and they are there again next time. */
class SettingsWindowTest extends FxRobot {
    @TempDir
    Path config;
    private PanelWindow window;
    private PiecesOsSimulator sim;

    @AfterEach
    void close() throws Exception {
        System.clearProperty("panel.systemTheme");
        if (window != null) {
            window.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private void openSettings() {
        press(KeyCode.CONTROL, KeyCode.DIGIT7).release(KeyCode.DIGIT7, KeyCode.CONTROL);
        until("the Settings page", () -> window.scene.lookup("#settings-page") != null
                && window.scene.lookup("#settings-page").isVisible());
    }

    private boolean selected(String id) {
        return fx(() -> ((RadioButton) window.scene.lookup("#" + id)).isSelected());
    }

    @SuppressWarnings("unchecked")
    private void choose(String id, Object value) {
        onFx(() -> ((ChoiceBox<Object>) window.scene.lookup("#" + id)).setValue(value));
    }

    @Test
    void theThemeIntervalAndWindowPlaceAreKeptForNextTime() throws Exception {
        System.setProperty("panel.systemTheme", "light");
        window = PanelWindow.open(config, "--simulator");
        until("connected", () -> window.status().startsWith("Using the built-in simulator"));
        assertTrue(window.sidebarBrightness() > 0.7, "light to begin with, as the system is");
        openSettings();
        clickOn("#theme-dark");
        until("the window turns dark at once", () -> window.sidebarBrightness() < 0.3);
        choose("settings-update-interval", Duration.ofDays(1));
        onFx(() -> {
            window.stage.setX(60);
            window.stage.setY(40);
            window.stage.setWidth(950);
            window.stage.setHeight(640);
        });
        app.piecespanel.ui.testkit.Await.until("the place is kept once the window is still, before any close",
                () -> read(config.resolve("settings.json")).contains("\"width\" : 950.0"));
        window.close();
        window = null;
        assertTrue(Files.readString(config.resolve("settings.json")).contains("\"theme\" : \"dark\""));

        window = PanelWindow.open(config, "--simulator");
        assertTrue(window.sidebarBrightness() < 0.3, "dark again from the start");
        assertEquals(60.0, fx(window.stage::getX));
        assertEquals(40.0, fx(window.stage::getY));
        assertEquals(950.0, fx(window.stage::getWidth));
        assertEquals(640.0, fx(window.stage::getHeight));
        openSettings();
        assertTrue(selected("theme-dark"));
        assertEquals(Duration.ofDays(1),
                fx(() -> ((ChoiceBox<?>) window.scene.lookup("#settings-update-interval")).getValue()));
        clickOn("#theme-light");
        until("light again", () -> window.sidebarBrightness() > 0.7);
    }

    @Test
    void aDamagedSettingsFileMeansDefaultsANoticeAndAWorkingPanel() throws Exception {
        Files.writeString(config.resolve("settings.json"), "{\"theme\": \"dark\", \"window\": {\"x\": 1");
        window = PanelWindow.open(config, "--simulator");
        until("the person is told", () -> window.toast() != null && window.toast().contains("could not be used"));
        until("and the panel works", () -> window.status().startsWith("Using the built-in simulator"));
        openSettings();
        assertTrue(window.text("settings-notice").contains("settings.json.damaged"), window.text("settings-notice"));
        assertTrue(selected("theme-system"), "defaults");
        clickOn("#theme-dark");
        window.close();
        window = null;
        assertTrue(Files.readString(config.resolve("settings.json")).contains("\"theme\" : \"dark\""),
                "a whole file is written again");
        assertEquals("{\"theme\": \"dark\", \"window\": {\"x\": 1",
                Files.readString(config.resolve("settings.json.damaged")), "the damaged one is kept as it was");
    }

    @Test
    void anAddressTypedInSettingsIsUsedAndKeptAndARemoteOneNeedsTheOptIn() throws Exception {
        sim = PiecesOsSimulator.builder().build().start();
        window = PanelWindow.open(config, "--simulator");
        until("on the built-in simulator", () -> window.status().startsWith("Using the built-in simulator"));
        openSettings();
        clickOn("#connection-manual");
        onFx(() -> ((TextField) window.scene.lookup("#connection-address")).setText("http://192.0.2.10:39300"));
        clickOn("#connection-apply");
        until("a remote address is refused without the opt-in", () -> window.text("connection-problem") != null
                && window.text("connection-problem").contains("not this computer"));
        assertTrue(window.status().startsWith("Using the built-in simulator"), "the connection did not change");

        onFx(() -> ((TextField) window.scene.lookup("#connection-address")).setText("127.0.0.1:" + sim.port()));
        clickOn("#connection-apply");
        until("an address without http is refused in plain words", () -> window.text("connection-problem")
                .contains("http://"));

        onFx(() -> ((TextField) window.scene.lookup("#connection-address")).setText(sim.baseUri().toString()));
        clickOn("#connection-apply");
        until("connected to the PiecesOS at that address", () -> window.status()
                .equals("Connected to PiecesOS 12.3.1 on port " + sim.port()));
        window.close();
        window = null;

        window = PanelWindow.open(config);
        until("found there again next time, by itself", () -> window.status()
                .equals("Connected to PiecesOS 12.3.1 on port " + sim.port()));
    }

    @Test
    void theSimulatorsScenarioIsSwitchedFromSettings() throws Exception {
        window = PanelWindow.open(config, "--simulator");
        until("on the built-in simulator", () -> window.status().startsWith("Using the built-in simulator"));
        openSettings();
        until("the simulator's card shows", () -> window.scene.lookup("#settings-simulator").isVisible());
        choose("settings-scenario", Scenario.UPDATE_AVAILABLE.cliName());
        until("told", () -> window.toast() != null && window.toast().contains("update-available"));
        press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        clickOn("#updates-check");
        until("the Updates page finds the update the scenario plays", () -> window.text("updates-headline") != null
                && window.text("updates-headline").toLowerCase().contains("update"));
    }

    @Test
    void theScenarioTheSimulatorStartedWithIsShownNotReplayed() throws Exception {
        window = PanelWindow.open(config, "--simulator", "--scenario", "update-available");
        until("on the built-in simulator", () -> window.status().startsWith("Using the built-in simulator"));
        openSettings();
        until("the simulator's card shows", () -> window.scene.lookup("#settings-simulator").isVisible());
        assertEquals("update-available",
                fx(() -> ((ChoiceBox<?>) window.scene.lookup("#settings-scenario")).getValue()));
        assertEquals(null, window.toast(), "nothing was switched, so nothing is announced");
    }

    @Test
    void followingTheSystemAndTheAccount() throws Exception {
        System.setProperty("panel.systemTheme", "dark");
        window = PanelWindow.open(config, "--simulator");
        until("dark, as the system is", () -> window.sidebarBrightness() < 0.3);
        openSettings();
        assertEquals("Your system is set to dark.", window.text("theme-explanation"));
        clickOn("#theme-light");
        until("light when chosen", () -> window.sidebarBrightness() > 0.7);
        window.close();

        // the simulated account with the fewest details is set to dark; this system says light
        System.setProperty("panel.systemTheme", "light");
        sim = PiecesOsSimulator.builder().sparseProfile(true).build().start();
        window = PanelWindow.open(config, "--url", sim.baseUri().toString());
        openSettings();
        clickOn("#theme-account");
        until("signed out: the system's light", () -> window.text("theme-explanation").startsWith("No Pieces account"));
        assertTrue(window.sidebarBrightness() > 0.7);
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        clickOn("#accountSignIn");
        until("signed in: dark, as the account is", () -> window.sidebarBrightness() < 0.3);
        openSettings();
        assertEquals("Your Pieces account is set to dark.", window.text("theme-explanation"));
    }
}
