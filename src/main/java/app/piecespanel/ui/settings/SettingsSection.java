package app.piecespanel.ui.settings;

import app.piecespanel.ui.common.Section;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Settings: the theme, the connection (where PiecesOS was found, look again), and About with the version. */
public final class SettingsSection implements Section {
    private final String appName;
    private final String version;
    private final Consumer<Boolean> darkTheme;
    private final Supplier<String> connectionDetails;
    private final Runnable searchAgain;
    private final Runnable restart;
    private final Consumer<java.time.Duration> updateInterval;
    private Label connection;
    private Node view;

    /**
     * @param restart asks PiecesOS to restart (with the shell's confirmation and reconnect)
     * @param updateInterval how often the Updates page checks by itself (ZERO: never)
     */
    public SettingsSection(String appName, String version, Consumer<Boolean> darkTheme,
            Supplier<String> connectionDetails, Runnable searchAgain, Runnable restart,
            Consumer<java.time.Duration> updateInterval) {
        this.appName = appName;
        this.version = version;
        this.darkTheme = darkTheme;
        this.connectionDetails = connectionDetails;
        this.searchAgain = searchAgain;
        this.restart = restart;
        this.updateInterval = updateInterval;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = build();
        }
        return view;
    }

    private Node build() {
        Label title = app.piecespanel.ui.common.Texts.title("Settings");

        Label themeTitle = heading("Theme");
        ToggleGroup themes = new ToggleGroup();
        RadioButton light = new RadioButton("Light");
        light.setId("theme-light");
        RadioButton dark = new RadioButton("Dark");
        dark.setId("theme-dark");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        light.setSelected(true);
        themes.selectedToggleProperty().addListener((o, was, now) -> darkTheme.accept(now == dark));

        Label connectionTitle = heading("Connection");
        connection = new Label();
        connection.setId("settings-connection");
        connection.setWrapText(true);
        Button again = new Button("Look for PiecesOS again");
        again.setId("settings-search");
        again.setOnAction(e -> {
            searchAgain.run();
            refresh();
        });

        Button restartButton = new Button("Restart PiecesOS…");
        restartButton.setId("settings-restart");
        restartButton.setOnAction(e -> restart.run());

        Label updatesTitle = heading("Updates");
        javafx.scene.control.ChoiceBox<Interval> every = new javafx.scene.control.ChoiceBox<>(
                javafx.collections.FXCollections.observableArrayList(Interval.values()));
        every.setId("settings-update-interval");
        every.setValue(Interval.SIX_HOURS);
        every.valueProperty().addListener((o, was, now) -> updateInterval.accept(now.duration));
        Label everyLabel = new Label("Check for PiecesOS updates");
        HBox updatesRow = new HBox(10, everyLabel, every);
        updatesRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label aboutTitle = heading("About");
        Label about = new Label(appName + " " + version);
        about.setId("settings-version");
        Label what = new Label("A desktop control panel for PiecesOS, the local service of Pieces for Developers.");
        what.setWrapText(true);
        what.getStyleClass().add("text-muted");

        VBox page = new VBox(10, title, themeTitle, new HBox(16, light, dark), connectionTitle, connection,
                new HBox(10, again, restartButton), updatesTitle, updatesRow, aboutTitle, about, what);
        page.setPadding(new Insets(24));
        VBox.setMargin(themeTitle, new Insets(12, 0, 0, 0));
        VBox.setMargin(connectionTitle, new Insets(12, 0, 0, 0));
        VBox.setMargin(aboutTitle, new Insets(12, 0, 0, 0));
        VBox.setMargin(updatesTitle, new Insets(12, 0, 0, 0));
        refresh();
        return page;
    }

    /** The choices for automatic update checks. */
    enum Interval {
        HOURLY("every hour", java.time.Duration.ofHours(1)),
        SIX_HOURS("every 6 hours", java.time.Duration.ofHours(6)),
        DAILY("once a day", java.time.Duration.ofDays(1)),
        NEVER("never (only when I ask)", java.time.Duration.ZERO);

        final String words;
        final java.time.Duration duration;

        Interval(String words, java.time.Duration duration) {
            this.words = words;
            this.duration = duration;
        }

        @Override
        public String toString() {
            return words;
        }
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }

    @Override
    public void refresh() {
        if (connection != null) {
            connection.setText(connectionDetails.get());
        }
    }
}
