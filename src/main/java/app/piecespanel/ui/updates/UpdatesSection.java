package app.piecespanel.ui.updates;

import app.piecespanel.ui.common.PanelContext;
import app.piecespanel.ui.common.ProblemBanner;
import app.piecespanel.ui.common.Section;
import app.piecespanel.ui.common.SectionPage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Updates page: the installed version, where an update stands in words, and the restart that finishes it. */
public final class UpdatesSection implements Section {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    private final PanelContext context;
    private final UpdatesViewModel vm;
    private Node view;

    public UpdatesSection(PanelContext context) {
        this(context, Duration.ofSeconds(3), Duration.ofMinutes(30));
    }

    /** With the pace of the follow-up checks and how long to follow before giving up (tests use short ones). */
    public UpdatesSection(PanelContext context, Duration followEvery, Duration giveUpAfter) {
        this.context = context;
        this.vm = new UpdatesViewModel(context, followEvery, giveUpAfter);
        vm.showingWhen(() -> view != null && view.getScene() != null);
    }

    public UpdatesViewModel viewModel() {
        return vm;
    }

    /** From Settings: how often to check for updates by itself (Duration.ZERO: never); the first check runs at once. */
    public void setAutomaticCheckInterval(Duration interval) {
        vm.setAutomaticCheckInterval(interval);
    }

    /** Stops the automatic checks and any follow-up polling (the panel is closing). */
    public void close() {
        vm.close();
    }

    @Override
    public Node view() {
        if (view == null) {
            view = build();
        }
        return view;
    }

    @Override
    public void refresh() {
        vm.checkForUpdates();
    }

    private Node build() {
        Label title = SectionPage.title("Updates");
        Label installed = SectionPage.wrapped("", "text-muted");
        installed.setId("updates-installed");
        installed.textProperty().bind(Bindings.createStringBinding(() -> {
            String v = context.connection().versionProperty().get();
            return v == null || v.isEmpty() ? "Installed PiecesOS version: not reported" : "Installed: PiecesOS " + v;
        }, context.connection().versionProperty()));

        FontIcon icon = new FontIcon(Material2MZ.UPDATE);
        icon.setIconSize(32);
        icon.setId("updates-icon");
        Label headline = SectionPage.wrapped("", "title-3");
        headline.setId("updates-headline");
        headline.textProperty().bind(vm.headlineProperty());
        Label explanation = SectionPage.wrapped("");
        explanation.setId("updates-explanation");
        explanation.textProperty().bind(vm.explanationProperty());
        explanation.visibleProperty().bind(explanation.textProperty().isNotEmpty());
        explanation.managedProperty().bind(explanation.visibleProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("updates-progress");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.kindProperty().isEqualTo(UpdatesViewModel.Kind.IN_PROGRESS)
                .or(vm.restartingProperty()));
        bar.managedProperty().bind(bar.visibleProperty());
        Label outcome = SectionPage.wrapped("", "success");
        outcome.setId("updates-outcome");
        outcome.textProperty().bind(Bindings.when(vm.restartingProperty()).then("Restarting PiecesOS…")
                .otherwise(vm.outcomeProperty()));
        outcome.visibleProperty().bind(outcome.textProperty().isNotEmpty());
        outcome.managedProperty().bind(outcome.visibleProperty());

        Button check = new Button("Check for updates", new FontIcon(Material2MZ.REFRESH));
        check.setId("updates-check");
        check.disableProperty().bind(vm.busyProperty());
        check.setOnAction(e -> vm.checkForUpdates());
        Button restart = new Button("Restart PiecesOS to finish", new FontIcon(Material2MZ.REPLAY));
        restart.setId("updates-restart");
        restart.getStyleClass().add("accent");
        restart.visibleProperty().bind(vm.kindProperty().isEqualTo(UpdatesViewModel.Kind.READY));
        restart.managedProperty().bind(restart.visibleProperty());
        restart.disableProperty().bind(vm.busyProperty());
        restart.setOnAction(e -> vm.restartToFinish());
        Label checked = new Label();
        checked.setId("updates-checked");
        checked.getStyleClass().add("text-muted");
        checked.textProperty().bind(Bindings.createStringBinding(() -> {
            Instant at = vm.lastCheckedProperty().get();
            return vm.busyProperty().get() ? "Checking…" : at == null ? "" : "Last checked at " + TIME.format(at);
        }, vm.lastCheckedProperty(), vm.busyProperty()));
        HBox actions = new HBox(10, check, restart, checked);
        actions.setAlignment(Pos.CENTER_LEFT);

        vm.kindProperty().addListener((o, was, now) -> icon.setIconCode(iconFor(now)));
        icon.setIconCode(iconFor(vm.kindProperty().get())); // the automatic check may have run before the first visit

        ProblemBanner problem = new ProblemBanner("updates");
        problem.problemProperty().bind(vm.problemProperty());
        problem.setOnAction(vm::checkForUpdates);

        VBox text = new VBox(6, headline, explanation, bar, outcome);
        HBox status = new HBox(16, icon, text);
        status.setId("updates-status");
        status.setPadding(new Insets(16));
        status.getStyleClass().add("updates-status");
        VBox page = new VBox(14, title, installed, problem, status, actions);
        page.setPadding(new Insets(24));
        page.getStylesheets().add(UpdatesSection.class.getResource("updates.css").toExternalForm());
        return page;
    }

    private static org.kordamp.ikonli.Ikon iconFor(UpdatesViewModel.Kind kind) {
        return kind == null ? Material2MZ.UPDATE : switch (kind) {
            case UP_TO_DATE -> Material2AL.CHECK_CIRCLE;
            case IN_PROGRESS -> Material2AL.CLOUD_DOWNLOAD;
            case READY -> Material2MZ.REPLAY;
            case NEEDS_ACTION -> Material2AL.ERROR_OUTLINE;
            case UNKNOWN -> Material2MZ.UPDATE;
        };
    }
}
