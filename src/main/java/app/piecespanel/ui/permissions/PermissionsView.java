package app.piecespanel.ui.permissions;

import app.piecespanel.ui.common.ProblemBanner;
import app.piecespanel.ui.common.SectionPage;
import atlantafx.base.theme.Styles;

import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Permissions page: one row per permission with its state and a Grant button, and help. Layout only. */
final class PermissionsView {
    private final PermissionsViewModel vm;
    private final ResourceBundle words;

    PermissionsView(PermissionsViewModel vm, ResourceBundle words) {
        this.vm = vm;
        this.words = words;
    }

    Node build() {
        VBox headings = SectionPage.headings(words.getString("page.title"), words.getString("page.subtitle"));
        HBox.setHgrow(headings, Priority.ALWAYS);
        Button refresh = new Button(words.getString("refresh"), new FontIcon(Material2MZ.REFRESH));
        refresh.setId("permissionsRefresh");
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        refresh.disableProperty().bind(vm.busyProperty());
        refresh.setOnAction(e -> vm.refresh());
        HBox header = new HBox(16, headings, refresh);
        header.setAlignment(Pos.TOP_LEFT);

        ProblemBanner problem = new ProblemBanner("permissions");
        problem.problemProperty().bind(vm.problemProperty());
        problem.setOnAction(vm::retry);

        VBox rows = new VBox();
        rows.setId("permissionsRows");
        rows.getStyleClass().add("page-card");
        for (Permission p : Permission.values()) {
            if (!rows.getChildren().isEmpty()) {
                rows.getChildren().add(new Separator());
            }
            rows.getChildren().add(row(p));
        }

        Label notice = wrapped("", "notice");
        notice.setId("permissionsNotice");
        notice.setGraphic(new FontIcon(Material2AL.INFO));
        notice.textProperty().bind(vm.noticeProperty());
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());

        ScrollPane scroll = SectionPage.scrolling("permissionsPage", PermissionsView.class, "permissions.css",
                header, problem, restarting(), notApplicable(), rows, notice, help());
        return scroll;
    }

    private Node row(Permission p) {
        String key = p.name();
        FontIcon icon = new FontIcon(p == Permission.VISION ? Material2MZ.SCREEN_SHARE : Material2AL.ACCESSIBILITY);
        StackPane iconBox = new StackPane(icon);
        iconBox.getStyleClass().add("permission-icon");
        iconBox.setMinSize(40, 40);
        iconBox.setMaxSize(40, 40);

        Label name = new Label(words.getString(key + ".title"));
        name.getStyleClass().add(Styles.TEXT_BOLD);
        Label badge = new Label();
        String id = "permission" + (p == Permission.VISION ? "Vision" : "Accessibility");
        badge.setId(id + "State");
        badge.getStyleClass().add("badge");
        badge.textProperty().bind(stateWords(p));
        vm.stateProperty(p).addListener((obs, old, now) -> tone(badge, now));
        tone(badge, vm.getState(p));
        HBox nameLine = new HBox(10, name, badge);
        nameLine.setAlignment(Pos.CENTER_LEFT);
        Label body = wrapped(words.getString(key + ".body"), Styles.TEXT_MUTED);
        VBox text = new VBox(4, nameLine, body);
        HBox.setHgrow(text, Priority.ALWAYS);

        Button grant = new Button();
        grant.setId(id + "Grant");
        grant.setMinWidth(Region.USE_PREF_SIZE);
        grant.getStyleClass().add(Styles.ACCENT);
        grant.textProperty().bind(Bindings.when(vm.grantingProperty().isEqualTo(p))
                .then(words.getString("granting")).otherwise(words.getString("grant")));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(14, 14);
        spinner.visibleProperty().bind(vm.grantingProperty().isEqualTo(p));
        spinner.managedProperty().bind(spinner.visibleProperty());
        grant.setGraphic(spinner);
        grant.disableProperty().bind(vm.busyProperty());
        // offered where it can change something: not granted, or PiecesOS did not say
        grant.visibleProperty().bind(vm.loadedProperty().and(vm.appliesProperty())
                .and(vm.stateProperty(p).isNotEqualTo(GrantState.GRANTED)));
        grant.managedProperty().bind(grant.visibleProperty());
        grant.setOnAction(e -> vm.grant(p));

        HBox row = new HBox(14, iconBox, text, grant);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(16, 18, 16, 18));
        row.setId(id);
        return row;
    }

    private StringBinding stateWords(Permission p) {
        return Bindings.createStringBinding(() -> !vm.loadedProperty().get() && vm.busyProperty().get()
                        ? words.getString("state.checking")
                        : words.getString("state." + vm.getState(p).name()),
                vm.stateProperty(p), vm.loadedProperty(), vm.busyProperty());
    }

    private static void tone(Label badge, GrantState s) {
        badge.getStyleClass().removeAll("tone-good", "tone-waiting", "tone-bad", "tone-neutral");
        badge.getStyleClass().add(switch (s) {
            case GRANTED -> "tone-good";
            case NOT_GRANTED -> "tone-waiting";
            case UNKNOWN, NOT_NEEDED -> "tone-neutral";
        });
    }

    private Node restarting() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        Label heading = new Label(words.getString("restart.waiting"));
        heading.setId("permissionsRestarting");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        Label body = wrapped(words.getString("restart.waitingBody"), Styles.TEXT_MUTED);
        VBox text = new VBox(2, heading, body);
        HBox box = new HBox(12, progress, text);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().addAll("callout", "callout-accent");
        box.visibleProperty().bind(vm.restartingProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node notApplicable() {
        FontIcon icon = new FontIcon(Material2AL.CHECK_CIRCLE);
        icon.getStyleClass().add("callout-icon");
        Label heading = new Label(words.getString("linux.title"));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        Label body = wrapped(words.getString("linux.body"), Styles.TEXT_MUTED);
        HBox box = new HBox(12, icon, new VBox(2, heading, body));
        box.setId("permissionsNotApplicable");
        box.getStyleClass().addAll("callout", "callout-neutral");
        box.visibleProperty().bind(vm.appliesProperty().not());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node help() {
        Label heading = new Label(words.getString("help.title"), new FontIcon(Material2AL.HELP_OUTLINE));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        Label body = wrapped(vm.helpText(), Styles.TEXT_MUTED);
        body.setId("permissionsHelp");
        VBox box = new VBox(6, heading, body);
        box.setPadding(new Insets(4, 2, 0, 2));
        box.visibleProperty().bind(vm.appliesProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static Label wrapped(String text, String... styles) {
        return SectionPage.wrapped(text, styles);
    }

}
