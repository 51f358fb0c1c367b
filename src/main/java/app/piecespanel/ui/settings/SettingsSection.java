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
    private Label connection;
    private Node view;

    public SettingsSection(String appName, String version, Consumer<Boolean> darkTheme,
            Supplier<String> connectionDetails, Runnable searchAgain) {
        this.appName = appName;
        this.version = version;
        this.darkTheme = darkTheme;
        this.connectionDetails = connectionDetails;
        this.searchAgain = searchAgain;
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

        Label aboutTitle = heading("About");
        Label about = new Label(appName + " " + version);
        about.setId("settings-version");
        Label what = new Label("A desktop control panel for PiecesOS, the local service of Pieces for Developers.");
        what.setWrapText(true);
        what.getStyleClass().add("text-muted");

        VBox page = new VBox(10, title, themeTitle, new HBox(16, light, dark), connectionTitle, connection, again,
                aboutTitle, about, what);
        page.setPadding(new Insets(24));
        VBox.setMargin(themeTitle, new Insets(12, 0, 0, 0));
        VBox.setMargin(connectionTitle, new Insets(12, 0, 0, 0));
        VBox.setMargin(aboutTitle, new Insets(12, 0, 0, 0));
        refresh();
        return page;
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
