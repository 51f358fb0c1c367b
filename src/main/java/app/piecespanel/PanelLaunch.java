package app.piecespanel;

/** Kept apart from {@link Launcher} so the headless modes never touch a JavaFX class. */
final class PanelLaunch {
    private PanelLaunch() {}

    static void launch(String[] args) {
        javafx.application.Application.launch(app.piecespanel.ui.PanelApplication.class, args);
    }
}
