package app.piecespanel.ui.shell;

import app.piecespanel.ui.common.DialogService;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;

/** The panel's questions as JavaFX dialogs owned by the window; notifications as a toast that fades by itself. */
final class FxDialogs implements DialogService {
    private final Window owner;
    private final StackPane toastLayer;

    FxDialogs(Window owner, StackPane toastLayer) {
        this.owner = owner;
        this.toastLayer = toastLayer;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, yes, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        return a.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.setInitialFileName(suggestedName);
        File f = c.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(prompt);
        return d.showAndWait();
    }

    @Override
    public void notify(String message) {
        Label toast = new Label(message);
        toast.setId("toast");
        toast.getStyleClass().add("toast");
        toast.setWrapText(true);
        toast.setMaxWidth(420);
        toast.setMinHeight(Region.USE_PREF_SIZE);
        toasts().getChildren().add(0, toast); // the newest on top of the others, none hidden behind another
        // long enough to read: five seconds, and more for a longer message
        PauseTransition later = new PauseTransition(Duration.seconds(Math.min(15, 5 + message.length() / 25.0)));
        later.setOnFinished(e -> toasts().getChildren().remove(toast));
        later.play();
    }

    private VBox toasts() {
        if (toastLayer.getChildren().isEmpty()) {
            VBox column = new VBox(8);
            column.setAlignment(Pos.BOTTOM_RIGHT);
            column.setPickOnBounds(false);
            column.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
            StackPane.setAlignment(column, Pos.BOTTOM_RIGHT);
            toastLayer.getChildren().add(column);
        }
        return (VBox) toastLayer.getChildren().get(0);
    }
}
