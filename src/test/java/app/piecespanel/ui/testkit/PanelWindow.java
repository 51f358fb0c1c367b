package app.piecespanel.ui.testkit;

import static app.piecespanel.ui.testkit.FxWait.fx;
import static app.piecespanel.ui.testkit.FxWait.until;

import app.piecespanel.ui.PanelApplication;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.testfx.api.FxToolkit;

/**
 * The real panel window, composed as in the app by {@link PanelApplication}, with its settings in a directory of
 * the test's own. {@link #close()} ends it the way closing the window does (the app's {@code stop()} runs).
 */
public final class PanelWindow implements AutoCloseable {
    private final Application app;
    public final Stage stage;
    public final Scene scene;

    private PanelWindow(Application app, Stage stage) {
        this.app = app;
        this.stage = stage;
        this.scene = fx(stage::getScene);
    }

    /** Opens the panel with {@code args}, keeping its settings in {@code configDir}. */
    public static PanelWindow open(Path configDir, String... args) throws Exception {
        System.setProperty("panel.configDir", configDir.toString());
        Stage stage = FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(PanelApplication.class, args);
        until("the window shows the shell", () -> stage.getScene() != null && stage.getScene().lookup("#shell") != null);
        return new PanelWindow(app, stage);
    }

    /** The status bar's words. */
    public String status() {
        return fx(() -> ((StatusBar) scene.lookup("#status-bar")).getText());
    }

    /** The text of the labeled control with {@code id}, or null when it is not on screen. */
    public String text(String id) {
        return fx(() -> scene.lookup("#" + id) instanceof Labeled l ? l.getText() : null);
    }

    /** The latest notification's words, or null when none shows. */
    public String toast() {
        return text("toast");
    }

    /** How bright the window looks where the sidebar's empty part is (0 black .. 1 white), from a real snapshot. */
    public double sidebarBrightness() {
        return fx(() -> {
            WritableImage shot = scene.snapshot(null);
            Color c = shot.getPixelReader().getColor(20, (int) (shot.getHeight() * 0.7));
            return c.getBrightness();
        });
    }

    @Override
    public void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }
}
