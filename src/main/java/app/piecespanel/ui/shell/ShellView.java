package app.piecespanel.ui.shell;

import app.piecespanel.api.model.UserProfile;
import app.piecespanel.ui.common.Section;
import app.piecespanel.ui.common.Words;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window's content: a sidebar of pages (icons and words, Ctrl+1..7), the page on the right (built on first
 * visit), a banner while PiecesOS is away, the not-running page when nothing was ever found, and a status bar that
 * always says where the panel stands with PiecesOS, with a busy indicator while any call runs.
 */
public final class ShellView {
    /** One entry of the sidebar. */
    public record Page(String id, String name, Ikon icon, Section section) {}

    /** What the not-running page's buttons do. */
    public interface NotRunningActions {
        void retry();

        void useSimulator();

        void enterAddress();
    }

    private final Words words = Words.of(ShellView.class, "shell");
    private final ConnectionMonitor monitor;
    private final List<Page> pages;
    private final List<ToggleButton> buttons = new ArrayList<>();
    private final java.util.Set<Integer> visited = new java.util.HashSet<>();
    private final StackPane content = new StackPane();
    private final StackPane overlay = new StackPane();
    private final BorderPane root = new BorderPane();
    private final NotRunningActions actions;
    private int current = -1;
    private Node notRunning;
    private Consumer<Integer> onShown = i -> { };

    public ShellView(ConnectionMonitor monitor, List<Page> pages, ObservableBooleanValue busy,
            ObservableValue<UserProfile> user, NotRunningActions actions) {
        this.monitor = monitor;
        this.pages = pages;
        this.actions = actions;
        root.setId("shell");
        root.setLeft(sidebar(user));
        root.setCenter(new VBox(banner(), grow(content)));
        root.setBottom(statusBar(busy));
        monitor.stateProperty().addListener((o, was, now) -> showNotRunningIfNeeded());
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    /** The root, with a layer above it for notifications. */
    public Parent root() {
        StackPane layered = new StackPane(root, overlay);
        overlay.setPickOnBounds(false);
        overlay.setPadding(new Insets(0, 16, 40, 16));
        return layered;
    }

    StackPane toastLayer() {
        return overlay;
    }

    public void onShown(Consumer<Integer> listener) {
        onShown = listener;
    }

    public Section visible() {
        return current < 0 ? null : pages.get(current).section();
    }

    /** Shows page {@code index} (0-based), building it on its first visit. */
    public void show(int index) {
        if (index < 0 || index >= pages.size()) {
            return;
        }
        current = index;
        ToggleButton button = buttons.get(index);
        button.setSelected(true);
        // keyboard focus follows a shortcut when it was on the sidebar, so only one entry looks chosen
        if (root.getScene() != null && buttons.contains(root.getScene().getFocusOwner())) {
            button.requestFocus();
        }
        showNotRunningIfNeeded();
        onShown.accept(index);
    }

    /** Re-reads every page opened so far (the simulator changed its scenario, say). */
    public void refreshVisited() {
        visited.forEach(i -> pages.get(i).section().refresh());
    }

    private void showNotRunningIfNeeded() {
        boolean nothing = monitor.stateProperty().get() == ConnectionState.NOT_FOUND
                && !monitor.everConnectedProperty().get();
        Node page;
        if (nothing) {
            page = notRunningPage();
        } else if (current >= 0) {
            page = pages.get(current).section().view();
            visited.add(current);
        } else {
            return;
        }
        if (content.getChildren().size() != 1 || content.getChildren().get(0) != page) {
            content.getChildren().setAll(page);
        }
    }

    private void keys(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode().isDigitKey()) {
            int n = e.getCode().getCode() - KeyCode.DIGIT1.getCode();
            if (n >= 0 && n < pages.size()) {
                show(n);
                e.consume();
            }
        } else if (e.getCode() == KeyCode.F5 && visible() != null) {
            visible().refresh();
            e.consume();
        }
    }

    private Node sidebar(ObservableValue<UserProfile> user) {
        VBox bar = new VBox(4);
        bar.setId("sidebar");
        bar.getStyleClass().add("sidebar");
        bar.setPadding(new Insets(16, 10, 16, 10));
        bar.setPrefWidth(210);
        Label app = new Label(words.get("app.title"));
        app.getStyleClass().addAll("title-4", "sidebar-title");
        app.setWrapText(true);
        bar.getChildren().add(app);
        ToggleGroup group = new ToggleGroup();
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            ToggleButton b = new ToggleButton(p.name(), new FontIcon(p.icon()));
            b.setId("nav-" + p.id());
            b.getStyleClass().add("nav-button");
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setGraphicTextGap(10);
            b.setTooltip(new Tooltip(p.name() + "  (" + words.get("page.shortcut", String.valueOf(i + 1)) + ")"));
            int index = i;
            b.setOnAction(e -> show(index));
            buttons.add(b);
            bar.getChildren().add(b);
        }
        // a selected page stays selected when its button is clicked again
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null && was != null) {
                was.setSelected(true);
            }
        });
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Label account = new Label();
        account.setId("sidebar-account");
        account.setWrapText(true);
        account.getStyleClass().add("text-muted");
        account.textProperty().bind(Bindings.createStringBinding(() -> {
            UserProfile u = user.getValue();
            if (u == null) {
                return words.get("account.signedOut");
            }
            String name = u.name() != null && !u.name().isBlank() ? u.name()
                    : u.username() != null ? u.username() : u.email();
            return words.get("account.signedIn", name == null ? "" : name);
        }, user));
        bar.getChildren().addAll(spacer, account);
        return bar;
    }

    private Node banner() {
        Label title = new Label();
        title.getStyleClass().add("banner-title");
        Label text = new Label();
        text.setWrapText(true);
        Button retry = new Button(words.get("banner.retry"));
        retry.setId("banner-retry");
        retry.setOnAction(e -> monitor.searchNow());
        VBox box = new VBox(4, title, text, retry);
        box.setId("connection-banner");
        box.getStyleClass().add("connection-banner");
        box.setPadding(new Insets(10, 24, 10, 24));
        Runnable update = () -> {
            ConnectionState s = monitor.stateProperty().get();
            String key = switch (s) {
                case RECONNECTING -> "lost";
                case RESTARTING -> "restarting";
                default -> null;
            };
            boolean show = key != null && monitor.everConnectedProperty().get();
            box.setVisible(show);
            box.setManaged(show);
            if (show) {
                title.setText(words.get("banner." + key + ".title"));
                text.setText(words.get("banner." + key + ".text"));
                retry.setVisible(s == ConnectionState.RECONNECTING);
            }
        };
        monitor.stateProperty().addListener((o, a, b) -> update.run());
        update.run();
        return box;
    }

    private Node notRunningPage() {
        if (notRunning != null) {
            return notRunning;
        }
        Label title = new Label(words.get("notRunning.title"));
        title.getStyleClass().add("title-2");
        Label what = new Label(words.get("notRunning.what"));
        what.setWrapText(true);
        Label found = new Label(words.get("notRunning.notFound"));
        found.setWrapText(true);
        Button retry = new Button(words.get("notRunning.retry"));
        retry.setId("not-running-retry");
        retry.setOnAction(e -> actions.retry());
        Button simulator = new Button(words.get("notRunning.simulator"));
        simulator.setId("not-running-simulator");
        simulator.getStyleClass().add("accent");
        simulator.setDefaultButton(true);
        simulator.setTooltip(new Tooltip(words.get("notRunning.simulatorHint")));
        simulator.setOnAction(e -> actions.useSimulator());
        Button address = new Button(words.get("notRunning.address"));
        address.setId("not-running-address");
        address.setOnAction(e -> actions.enterAddress());
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(10, simulator, retry, address);
        Label tried = new Label();
        tried.setId("not-running-tried");
        tried.setWrapText(true);
        tried.getStyleClass().add("text-muted");
        tried.textProperty().bind(monitor.detailsProperty());
        VBox page = new VBox(14, title, what, found, row, tried);
        page.setId("not-running");
        page.setPadding(new Insets(32));
        page.setMaxWidth(720);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        notRunning = scroll;
        return notRunning;
    }

    private Node statusBar(ObservableBooleanValue busy) {
        StatusBar bar = new StatusBar();
        bar.setId("status-bar");
        bar.textProperty().bind(monitor.sentenceProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(monitor.detailsProperty());
        Tooltip.install(bar, tip);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("status-busy");
        spinner.setPrefSize(16, 16);
        spinner.setMaxSize(16, 16);
        spinner.visibleProperty().bind(busy);
        Label warning = new Label();
        warning.setId("status-version-warning");
        // a PiecesOS that says it is unwell matters more than a version outside the known range
        warning.textProperty().bind(Bindings.when(monitor.healthWarningProperty().isNotEmpty())
                .then(monitor.healthWarningProperty()).otherwise(monitor.versionWarningProperty()));
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        warning.setMaxWidth(360);
        bar.getRightItems().addAll(warning, spinner);
        return bar;
    }

    private static Node grow(Node n) {
        VBox.setVgrow(n, Priority.ALWAYS);
        return n;
    }
}
