package app.piecespanel;

/** Kept apart from {@link Launcher} so the headless modes never touch a JavaFX class. */
final class PanelLaunch {
    private PanelLaunch() {}

    static void launch(String[] args) {
        // the settings file is read while the JavaFX toolkit starts, off the path to the first frame
        app.piecespanel.settings.SettingsStore.readEarly(app.piecespanel.settings.SettingsStore.defaultDirectory());
        javafx.application.Application.launch(app.piecespanel.ui.PanelApplication.class, args);
    }
}
