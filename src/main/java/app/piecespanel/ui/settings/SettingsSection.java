package app.piecespanel.ui.settings;

import app.piecespanel.settings.PanelSettings;
import app.piecespanel.settings.ThemeChoice;
import app.piecespanel.ui.common.Section;
import app.piecespanel.ui.common.SectionPage;
import atlantafx.base.theme.Styles;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Settings: the theme, the connection (automatic or an address), automatic update checks, the simulator's scenario
 * while it runs, where the settings are kept, and About. Every change applies at once and is saved.
 */
public final class SettingsSection implements Section {
    private static final Map<Duration, String> INTERVAL_WORDS = Map.of(Duration.ofHours(1), "every hour",
            Duration.ofHours(6), "every 6 hours", Duration.ofDays(1), "once a day", Duration.ZERO,
            "never (only when I ask)");

    private final SettingsViewModel vm;
    private final ObservableStringValue themeExplanation;
    private final String appName;
    private final String version;
    private Node view;

    public SettingsSection(SettingsViewModel vm, ObservableStringValue themeExplanation, String appName, String version) {
        this.vm = vm;
        this.themeExplanation = themeExplanation;
        this.appName = appName;
        this.version = version;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = SectionPage.scrolling("settings-page", SettingsSection.class, "settings.css",
                    SectionPage.headings("Settings", "Your choices apply at once (a connection when you press its"
                            + " button) and are kept for the next time."),
                    appearance(), connection(), updates(), simulator(), storage(), about());
        }
        return view;
    }

    private Node appearance() {
        ToggleGroup group = new ToggleGroup();
        RadioButton system = radio("theme-system", "Same as the system", group);
        RadioButton light = radio("theme-light", "Light", group);
        RadioButton dark = radio("theme-dark", "Dark", group);
        RadioButton account = radio("theme-account", "Same as my Pieces account", group);
        Map<ThemeChoice, Toggle> byChoice = Map.of(ThemeChoice.SYSTEM, system, ThemeChoice.LIGHT, light,
                ThemeChoice.DARK, dark, ThemeChoice.ACCOUNT, account);
        group.selectToggle(byChoice.get(vm.themeProperty().get()));
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was); // one is always chosen
                return;
            }
            byChoice.forEach((choice, toggle) -> {
                if (toggle == now) {
                    vm.themeProperty().set(choice);
                }
            });
        });
        vm.themeProperty().addListener((o, a, b) -> group.selectToggle(byChoice.get(b)));
        Label why = SectionPage.wrapped("", Styles.TEXT_MUTED);
        why.setId("theme-explanation");
        why.textProperty().bind(themeExplanation);
        why.visibleProperty().bind(Bindings.isNotEmpty(themeExplanation));
        why.managedProperty().bind(why.visibleProperty());
        HBox choices = new HBox(18, system, light, dark, account);
        choices.setAlignment(Pos.CENTER_LEFT);
        return card("Appearance", choices, why);
    }

    private Node connection() {
        Label now = SectionPage.wrapped("");
        now.setId("settings-connection");
        now.textProperty().bind(vm.connectionProperty());

        ToggleGroup how = new ToggleGroup();
        RadioButton auto = radio("connection-automatic", "Find PiecesOS automatically", how);
        RadioButton manual = radio("connection-manual", "Use this address first:", how);
        how.selectToggle(vm.automaticProperty().get() ? auto : manual);
        how.selectedToggleProperty().addListener((o, was, n) -> {
            if (n == null) {
                how.selectToggle(was);
            } else {
                vm.automaticProperty().set(n == auto);
            }
        });
        vm.automaticProperty().addListener((o, a, b) -> how.selectToggle(b ? auto : manual));
        TextField address = new TextField();
        address.setId("connection-address");
        address.setPromptText("http://127.0.0.1:39300");
        address.textProperty().bindBidirectional(vm.addressTextProperty());
        address.disableProperty().bind(vm.automaticProperty());
        HBox.setHgrow(address, Priority.ALWAYS);
        address.setMaxWidth(360);
        address.setOnAction(e -> vm.applyConnection());
        HBox manualRow = new HBox(10, manual, address);
        manualRow.setAlignment(Pos.CENTER_LEFT);

        CheckBox remote = new CheckBox("Allow an address on another computer");
        remote.setId("connection-allow-remote");
        remote.selectedProperty().bindBidirectional(vm.allowRemoteProperty());
        remote.disableProperty().bind(vm.automaticProperty());
        Label risk = SectionPage.wrapped("The OS API has no password: anyone who can reach that address can read this "
                + "machine’s details and restart PiecesOS, and so can this panel. Only use it on a network you trust.",
                Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        risk.visibleProperty().bind(remote.selectedProperty());
        risk.managedProperty().bind(risk.visibleProperty());

        Label problem = SectionPage.wrapped("", Styles.DANGER);
        problem.setId("connection-problem");
        problem.textProperty().bind(vm.addressProblemProperty());
        problem.visibleProperty().bind(Bindings.isNotEmpty(vm.addressProblemProperty()));
        problem.managedProperty().bind(problem.visibleProperty());

        Button apply = new Button("Use these connection settings");
        apply.setId("connection-apply");
        apply.getStyleClass().add(Styles.ACCENT);
        apply.setOnAction(e -> vm.applyConnection());
        Button again = new Button("Look for PiecesOS again");
        again.setId("settings-search");
        again.setOnAction(e -> vm.searchAgain());
        Button restart = new Button("Restart PiecesOS…");
        restart.setId("settings-restart");
        restart.setOnAction(e -> vm.restart());
        HBox buttons = new HBox(10, apply, again, restart);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox.setMargin(buttons, new Insets(6, 0, 0, 0));
        return card("Connection", now, auto, manualRow, remote, risk, problem, buttons);
    }

    private Node updates() {
        ChoiceBox<Duration> every = new ChoiceBox<>(FXCollections.observableArrayList(PanelSettings.UPDATE_INTERVALS));
        every.setId("settings-update-interval");
        every.setConverter(shownAs(d -> INTERVAL_WORDS.getOrDefault(d, d.toString())));
        every.valueProperty().bindBidirectional(vm.updateIntervalProperty());
        HBox row = new HBox(10, new Label("Check for PiecesOS updates"), every);
        row.setAlignment(Pos.CENTER_LEFT);
        return card("Updates", row);
    }

    private Node simulator() {
        ChoiceBox<String> scenario = new ChoiceBox<>(FXCollections.observableArrayList(vm.scenarios()));
        scenario.setId("settings-scenario");
        scenario.setConverter(shownAs(name -> {
            String words = name.replace('-', ' ');
            return words.isEmpty() ? "" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
        }));
        scenario.valueProperty().bindBidirectional(vm.scenarioProperty());
        HBox row = new HBox(10, new Label("Scenario"), scenario);
        row.setAlignment(Pos.CENTER_LEFT);
        Node card = card("Built-in simulator",
                SectionPage.wrapped("The panel is using its built-in simulator. Choose what the simulated PiecesOS "
                        + "goes through; the pages read it again.", Styles.TEXT_MUTED), row);
        card.setId("settings-simulator");
        card.visibleProperty().bind(vm.simulatorShownProperty());
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private Node storage() {
        Label where = SectionPage.wrapped(vm.settingsFile(), Styles.TEXT_MUTED);
        where.setId("settings-file");
        List<Node> rows = new java.util.ArrayList<>(List.of(
                SectionPage.wrapped("Your settings are kept in this file:"), where));
        vm.loadNotice().ifPresent(n -> {
            Label notice = SectionPage.wrapped(n, Styles.WARNING);
            notice.setId("settings-notice");
            rows.add(notice);
        });
        return card("Where settings are kept", rows.toArray(Node[]::new));
    }

    private Node about() {
        Label about = new Label(appName + " " + version);
        about.setId("settings-version");
        return card("About", about, SectionPage.wrapped(
                "A desktop control panel for PiecesOS, the local service of Pieces for Developers.", Styles.TEXT_MUTED));
    }

    /** How a choice box shows its values (it is never typed into). */
    private static <T> StringConverter<T> shownAs(java.util.function.Function<T, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("a choice box is not typed into");
            }
        };
    }

    private static RadioButton radio(String id, String text, ToggleGroup group) {
        RadioButton r = new RadioButton(text);
        r.setId(id);
        r.setToggleGroup(group);
        return r;
    }

    private static Node card(String title, Node... rows) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox box = new VBox(10, heading);
        box.getChildren().addAll(rows);
        box.getStyleClass().add("page-card");
        box.setPadding(new Insets(16, 20, 18, 20));
        return box;
    }

    @Override
    public void refresh() {
        vm.refresh();
    }
}
