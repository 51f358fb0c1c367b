package app.piecespanel.bench;

import app.piecespanel.StartupMarks;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor: the smallest JavaFX window, from the same jars and JVM options as the panel, the same size, with the
 * same start-up marks. Everything the panel costs is measured against this.
 */
public final class FloorWindow {
    private FloorWindow() {}

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Hello")), 1100, 720);
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                StartupMarks.mark("first-frame");
                // the floor has nothing more to do: it is ready once it has shown itself
                Platform.runLater(() -> {
                    StartupMarks.mark("ready");
                    StartupMarks.memory();
                    Platform.exit();
                });
            };
            scene.addPostLayoutPulseListener(once[0]);
            stage.setScene(scene);
            stage.setTitle("floor");
            stage.show();
        }
    }
}
