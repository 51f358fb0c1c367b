package app.piecespanel.ui.files;

import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The Files page: the pick controls with the extension filter, the wait, the outcome, the results table and the
 * history. It only lays out and binds; everything it does is a {@link FilesViewModel} intent.
 */
final class FilesView {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);

    private final FilesViewModel vm;
    private final Words words = new Words();
    private final DateTimeFormatter timeFormat;
    private final VBox root;

    FilesView(FilesViewModel vm, ZoneId zone) {
        this.vm = vm;
        this.timeFormat = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM).withZone(zone);

        Label title = new Label(words.get("page.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label subtitle = new Label(words.get("page.subtitle"));
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);
        VBox header = new VBox(4, title, subtitle);

        SplitPane lists = new SplitPane(resultsPane(), historyPane());
        lists.setOrientation(Orientation.VERTICAL);
        lists.setDividerPositions(0.68);
        lists.getStyleClass().add("files-lists");
        VBox.setVgrow(lists, Priority.ALWAYS);

        root = new VBox(14, header, pickPane(), waitingBanner(), problemBanner(), noticeLine(), lists);
        root.getStyleClass().add("files-page");
        root.setId("filesPage");
        root.getStylesheets().add(FilesView.class.getResource("files.css").toExternalForm());
        // Esc stops waiting; a handler on the page, not a scene-wide cancel button the shell's other pages share
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && vm.waitingForProperty().get() != null) {
                vm.cancelPick();
                e.consume();
            }
        });
    }

    Node root() {
        return root;
    }

    // ---- picking ----

    private Node pickPane() {
        Label label = new Label(words.get("filter.label"));
        label.getStyleClass().add("files-field-label");

        TextField input = new TextField();
        input.setId("filterField");
        input.getStyleClass().add("files-filter-input");
        input.setPromptText(words.get("filter.prompt"));
        input.setPrefColumnCount(22);
        input.textProperty().bindBidirectional(vm.filterTextProperty());
        input.setOnAction(e -> vm.commitFilterText());
        input.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                vm.commitFilterText();
            }
        });
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.BACK_SPACE && input.getText().isEmpty()) {
                vm.editLastExtension();
                input.end();
                e.consume();
            }
        });
        input.setOnKeyTyped(e -> {
            if (",".equals(e.getCharacter()) || ";".equals(e.getCharacter())) {
                vm.commitFilterText();
                input.end();
            }
        });
        label.setLabelFor(input);

        FlowPane box = new FlowPane(6, 4);
        box.setId("filterBox");
        box.getStyleClass().add("files-filter-box");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setOnMouseClicked(e -> input.requestFocus());
        Runnable layoutChips = () -> {
            box.getChildren().setAll(vm.extensions().stream().map(this::chip).toList());
            box.getChildren().add(input);
        };
        vm.extensions().addListener((ListChangeListener<String>) c -> layoutChips.run());
        layoutChips.run();
        HBox.setHgrow(box, Priority.ALWAYS);

        Button clear = iconButton(Material2AL.CLOSE, words.get("filter.clear"));
        clear.setId("clearFilter");
        clear.setOnAction(e -> vm.clearFilter());
        clear.disableProperty().bind(Bindings.isEmpty(vm.extensions()).and(vm.filterTextProperty().isEmpty()));

        HBox filterRow = new HBox(10, label, box, clear);
        filterRow.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("filterMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        FontIcon problemIcon = new FontIcon(Material2AL.ERROR_OUTLINE);
        FontIcon hintIcon = new FontIcon(Material2OutlinedAL.INFO);
        message.setGraphic(hintIcon);
        message.textProperty().bind(Bindings.createStringBinding(() -> vm.filterMessageProperty().get() == null
                ? words.get("filter.hint") : vm.filterMessageProperty().get(), vm.filterMessageProperty()));
        vm.filterMessageProperty().addListener((o, was, now) -> {
            boolean bad = now != null;
            box.pseudoClassStateChanged(INVALID, bad);
            message.pseudoClassStateChanged(INVALID, bad);
            message.setGraphic(bad ? problemIcon : hintIcon);
        });
        message.getStyleClass().add("files-filter-message");
        // lines up under the field, not under its label
        label.widthProperty().addListener((o, was, w) ->
                message.setPadding(new javafx.geometry.Insets(0, 0, 0, w.doubleValue() + 10)));

        CheckBox multiple = new CheckBox(words.get("allowMultiple"));
        multiple.setId("allowMultiple");
        multiple.selectedProperty().bindBidirectional(vm.allowMultipleProperty());

        Button files = new Button(words.get("pick.files"), new FontIcon(Material2OutlinedAL.FILE_COPY));
        files.setId("pickFiles");
        files.getStyleClass().add(Styles.ACCENT);
        files.setDefaultButton(false);
        files.setTooltip(new Tooltip(words.get("pick.files.tooltip")));
        files.disableProperty().bind(vm.busyProperty());
        files.setOnAction(e -> {
            vm.pickFiles();
            if (vm.filterMessageProperty().get() != null) {
                input.requestFocus();
            }
        });

        Button folders = new Button(words.get("pick.folders"), new FontIcon(Material2OutlinedAL.FOLDER_OPEN));
        folders.setId("pickFolders");
        folders.setTooltip(new Tooltip(words.get("pick.folders.tooltip")));
        folders.disableProperty().bind(vm.busyProperty());
        folders.setOnAction(e -> vm.pickFolders());

        HBox buttons = new HBox(10, files, folders, spacer(), multiple);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox pane = new VBox(8, filterRow, message, buttons);
        pane.getStyleClass().add("files-pick");
        return pane;
    }

    private Node chip(String extension) {
        Label text = new Label(extension);
        Button remove = new Button(null, new FontIcon(Material2AL.CLOSE));
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "files-chip-remove");
        remove.setFocusTraversable(false);
        remove.setTooltip(new Tooltip(words.get("filter.remove", extension)));
        remove.setAccessibleText(words.get("filter.remove", extension));
        remove.setOnAction(e -> vm.removeExtension(extension));
        HBox chip = new HBox(2, text, remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("files-chip");
        chip.setUserData(extension);
        return chip;
    }

    private Node waitingBanner() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("files-spinner");
        spinner.setMinSize(28, 28);
        spinner.setPrefSize(28, 28);
        spinner.setMaxSize(28, 28);
        Label heading = new Label();
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        heading.textProperty().bind(Bindings.createStringBinding(() -> vm.waitingForProperty().get() == PickKind.FOLDERS
                ? words.get("waiting.folders") : words.get("waiting.files"), vm.waitingForProperty()));
        Label text = new Label(words.get("waiting.text"));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        VBox words2 = new VBox(2, heading, text);
        HBox.setHgrow(words2, Priority.ALWAYS);
        Button cancel = new Button(words.get("waiting.cancel"));
        cancel.setId("cancelPick");
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setOnAction(e -> vm.cancelPick());
        HBox banner = new HBox(14, spinner, words2, cancel);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setId("waiting");
        banner.getStyleClass().addAll("files-banner", "files-waiting");
        showWhen(banner, vm.waitingForProperty().isNotNull());
        return banner;
    }

    private Node problemBanner() {
        FontIcon icon = new FontIcon(Material2AL.ERROR_OUTLINE);
        icon.getStyleClass().add("files-problem-icon");
        Label sentence = new Label();
        sentence.setId("problemSentence");
        sentence.setWrapText(true);
        sentence.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(sentence, Priority.ALWAYS);
        sentence.setMaxWidth(Double.MAX_VALUE);

        TextArea details = new TextArea();
        details.setId("problemDetails");
        details.setEditable(false);
        details.setWrapText(true);
        details.setPrefRowCount(3);
        details.getStyleClass().add("files-details");
        details.setVisible(false);
        details.managedProperty().bind(details.visibleProperty());

        Button retry = new Button(words.get("problem.retry"), new FontIcon(Material2MZ.REPLAY));
        retry.setId("retry");
        retry.disableProperty().bind(vm.busyProperty());
        retry.setOnAction(e -> vm.retry());
        Button toggle = new Button(words.get("problem.details.show"));
        toggle.setId("toggleDetails");
        toggle.getStyleClass().add(Styles.FLAT);
        toggle.setOnAction(e -> details.setVisible(!details.isVisible()));
        details.visibleProperty().addListener((o, was, now) ->
                toggle.setText(words.get(now ? "problem.details.hide" : "problem.details.show")));
        Button dismiss = iconButton(Material2AL.CLOSE, words.get("problem.dismiss"));
        dismiss.setId("dismissProblem");
        dismiss.setOnAction(e -> vm.dismissProblem());

        for (Button b : List.of(retry, toggle, dismiss)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox line = new HBox(10, icon, sentence, retry, toggle, dismiss);
        line.setAlignment(Pos.CENTER_LEFT);
        VBox banner = new VBox(8, line, details);
        banner.setId("problem");
        banner.getStyleClass().addAll("files-banner", "files-problem");
        vm.problemProperty().addListener((o, was, p) -> {
            sentence.setText(p == null ? "" : p.sentence());
            details.setText(p == null ? "" : p.details());
            toggle.setVisible(p != null && !p.details().isBlank());
            if (p == null) {
                details.setVisible(false);
            }
        });
        toggle.managedProperty().bind(toggle.visibleProperty());
        showWhen(banner, vm.problemProperty().isNotNull());
        return banner;
    }

    private Node noticeLine() {
        Label notice = new Label();
        notice.setId("notice");
        notice.setWrapText(true);
        notice.setMinHeight(Region.USE_PREF_SIZE);
        notice.getStyleClass().add("files-notice");
        vm.noticeProperty().addListener((o, was, n) -> {
            notice.setText(n == null ? "" : n.text());
            notice.getStyleClass().removeAll("files-tone-success", "files-tone-info", "files-tone-warning");
            if (n != null) {
                notice.getStyleClass().add("files-tone-" + n.tone().name().toLowerCase(Locale.ROOT));
                notice.setGraphic(new FontIcon(switch (n.tone()) {
                    case SUCCESS -> Material2AL.CHECK_CIRCLE;
                    case INFO -> Material2AL.INFO;
                    case WARNING -> Material2MZ.WARNING;
                }));
            }
        });
        showWhen(notice, vm.noticeProperty().isNotNull());
        return notice;
    }

    // ---- results ----

    private Node resultsPane() {
        Label heading = new Label(words.get("results.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        Label of = new Label();
        of.setId("resultsOf");
        of.getStyleClass().add(Styles.TEXT_MUTED);
        of.textProperty().bind(Bindings.createStringBinding(() -> vm.shownProperty().get() == null ? ""
                : words.get("results.of", timeFormat.format(vm.shownProperty().get().time())), vm.shownProperty()));

        TableView<PickedPath> table = resultsTable();

        Button copy = new Button(words.get("action.copy"), new FontIcon(Material2AL.CONTENT_COPY));
        copy.setId("copyPaths");
        copy.setTooltip(new Tooltip(words.get("action.copy.tooltip")));
        copy.disableProperty().bind(vm.canCopyProperty().not());
        copy.setOnAction(e -> vm.copySelectedPaths());
        Button open = new Button(words.get("action.open"), new FontIcon(Material2MZ.OPEN_IN_NEW));
        open.setId("openPaths");
        open.setTooltip(new Tooltip(words.get("action.open.tooltip")));
        open.disableProperty().bind(vm.canOpenProperty().not());
        open.setOnAction(e -> vm.openSelected());
        Button reveal = new Button(words.get("action.reveal"), new FontIcon(Material2AL.FOLDER_OPEN));
        reveal.setId("revealPaths");
        reveal.setTooltip(new Tooltip(words.get("action.reveal.tooltip")));
        reveal.disableProperty().bind(vm.canOpenProperty().not());
        reveal.setOnAction(e -> vm.revealSelected());
        Button recheck = iconButton(Material2MZ.REFRESH, words.get("action.recheck.tooltip"));
        recheck.setId("recheck");
        recheck.disableProperty().bind(vm.shownProperty().isNull());
        recheck.setOnAction(e -> vm.recheck());
        for (Button b : List.of(copy, open, reveal)) {
            b.getStyleClass().add(Styles.SMALL);
        }

        HBox bar = new HBox(8, heading, of, spacer(), copy, open, reveal, recheck);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("files-section-bar");

        ContextMenu menu = new ContextMenu(
                menuItem(words.get("action.copy"), Material2AL.CONTENT_COPY, vm.canCopyProperty(), vm::copySelectedPaths),
                menuItem(words.get("action.open"), Material2MZ.OPEN_IN_NEW, vm.canOpenProperty(), vm::openSelected),
                menuItem(words.get("action.reveal"), Material2AL.FOLDER_OPEN, vm.canOpenProperty(), vm::revealSelected));
        table.setContextMenu(menu);

        VBox pane = new VBox(8, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        pane.getStyleClass().add("files-pane");
        pane.setMinHeight(140);
        return pane;
    }

    private TableView<PickedPath> resultsTable() {
        TableView<PickedPath> table = new TableView<>();
        table.setId("results");
        table.getStyleClass().addAll(Styles.DENSE, "files-results");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        SortedList<PickedPath> sorted = new SortedList<>(vm.results());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);

        Label empty = new Label();
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.textProperty().bind(Bindings.createStringBinding(() -> words.get(
                vm.shownProperty().get() == null ? "results.empty" : "results.nothing"), vm.shownProperty()));
        table.setPlaceholder(empty);

        TableColumn<PickedPath, PickedPath> name = rowColumn("column.name",
                (a, b) -> a.name().compareToIgnoreCase(b.name()), (cell, p) -> {
                    cell.setText(p.name());
                    FontIcon icon = new FontIcon(kindIcon(p.kind()));
                    icon.getStyleClass().add(p.kind() == PickedPath.Kind.FOLDER ? "files-folder-icon" : "files-file-icon");
                    cell.setGraphic(icon);
                    cell.setTooltip(new Tooltip(p.path()));
                });
        name.setPrefWidth(180);

        TableColumn<PickedPath, PickedPath> folder = rowColumn("column.folder",
                (a, b) -> a.folder().compareToIgnoreCase(b.folder()), (cell, p) -> {
                    cell.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS); // the end of a long path says more
                    cell.setText(p.folder());
                    cell.setTooltip(p.folder().isEmpty() ? null : new Tooltip(p.folder()));
                });
        folder.setPrefWidth(260);

        TableColumn<PickedPath, PickedPath> kind = rowColumn("column.kind",
                (a, b) -> a.kind().compareTo(b.kind()), (cell, p) -> cell.setText(words.get("kind." + p.kind().name())));
        kind.setPrefWidth(66);

        TableColumn<PickedPath, PickedPath> size = rowColumn("column.size",
                (a, b) -> Long.compare(a.size().orElse(-1), b.size().orElse(-1)),
                (cell, p) -> cell.setText(humanSize(p.size())));
        size.getStyleClass().add("files-size-column");
        size.setPrefWidth(76);

        TableColumn<PickedPath, PickedPath> here = rowColumn("column.here",
                (a, b) -> Boolean.compare(a.existsHere(), b.existsHere()), (cell, p) -> {
                    cell.setText(words.get(p.existsHere() ? "here.yes" : "here.no"));
                    cell.setGraphic(new FontIcon(p.existsHere() ? Material2AL.CHECK_CIRCLE : Material2AL.CLOUD_OFF));
                    cell.getStyleClass().add(p.existsHere() ? "files-here" : "files-not-here");
                    cell.setTooltip(p.existsHere() ? null : new Tooltip(words.get("here.no.tooltip")));
                });
        here.setPrefWidth(150);
        here.setMinWidth(140);

        table.getColumns().setAll(List.of(name, folder, kind, size, here));

        table.getSelectionModel().getSelectedIndices().addListener((ListChangeListener<Integer>) c ->
                vm.select(table.getSelectionModel().getSelectedIndices().stream().sorted()
                        .filter(i -> i >= 0 && i < table.getItems().size())
                        .map(table.getItems()::get).toList()));
        table.setRowFactory(t -> {
            TableRow<PickedPath> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.openSelected();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (COPY.match(e)) {
                vm.copySelectedPaths();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                vm.openSelected();
                e.consume();
            }
        });
        return table;
    }

    /**
     * A column whose cells show a whole row's path, drawn by {@code show} on a cleared cell; sorted by {@code order}.
     */
    private TableColumn<PickedPath, PickedPath> rowColumn(String titleKey, java.util.Comparator<PickedPath> order,
            java.util.function.BiConsumer<TableCell<PickedPath, PickedPath>, PickedPath> show) {
        TableColumn<PickedPath, PickedPath> column = new TableColumn<>(words.get(titleKey));
        column.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        column.setComparator(order);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(PickedPath p, boolean empty) {
                super.updateItem(p, empty);
                setText(null);
                setGraphic(null);
                setTooltip(null);
                getStyleClass().removeAll("files-here", "files-not-here");
                if (!empty && p != null) {
                    show.accept(this, p);
                }
            }
        });
        return column;
    }

    // ---- history ----

    private Node historyPane() {
        Label heading = new Label(words.get("history.title"));
        heading.getStyleClass().add(Styles.TITLE_4);
        Label sub = new Label(words.get("history.subtitle"));
        sub.getStyleClass().add(Styles.TEXT_MUTED);
        Button clear = new Button(words.get("history.clear"), new FontIcon(Material2AL.DELETE_SWEEP));
        clear.setId("clearHistory");
        clear.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        clear.disableProperty().bind(Bindings.isEmpty(vm.history()));
        clear.setOnAction(e -> vm.clearHistory());
        HBox bar = new HBox(8, heading, sub, spacer(), clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("files-section-bar");

        ListView<PickRecord> list = new ListView<>(vm.history());
        list.setId("history");
        list.getStyleClass().addAll(Styles.DENSE, "files-history");
        Label empty = new Label(words.get("history.empty"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(empty);
        list.setCellFactory(l -> new HistoryCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> vm.show(now));
        vm.shownProperty().addListener((o, was, now) -> list.getSelectionModel().select(now));

        VBox pane = new VBox(8, bar, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        pane.getStyleClass().add("files-pane");
        pane.setMinHeight(110);
        return pane;
    }

    private final class HistoryCell extends ListCell<PickRecord> {
        @Override
        protected void updateItem(PickRecord r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            FontIcon icon = new FontIcon(r.kind() == PickKind.FOLDERS ? Material2AL.FOLDER : Material2AL.INSERT_DRIVE_FILE);
            icon.getStyleClass().add(r.kind() == PickKind.FOLDERS ? "files-folder-icon" : "files-file-icon");
            Label time = new Label(timeFormat.format(r.time()));
            time.getStyleClass().add("files-history-time");
            Label kind = new Label(words.get("history.kind." + r.kind().name()));
            kind.getStyleClass().add(Styles.TEXT_BOLD);
            Label count = new Label(words.get("history.count", r.results().size()));
            if (r.nothingSelected()) {
                count.getStyleClass().add(Styles.TEXT_MUTED);
            }
            HBox line = new HBox(10, icon, time, kind, count);
            if (!r.extensions().isEmpty()) {
                Label filter = new Label(words.get("history.filter", String.join(", ", r.extensions())));
                filter.getStyleClass().add(Styles.TEXT_MUTED);
                line.getChildren().add(filter);
            }
            line.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(line);
        }
    }

    // ---- small pieces ----

    private Button iconButton(Ikon icon, String tooltip) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tooltip));
        b.setAccessibleText(tooltip);
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        return b;
    }

    private static MenuItem menuItem(String text, Ikon icon, javafx.beans.value.ObservableBooleanValue enabled,
            Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.disableProperty().bind(Bindings.not(enabled));
        item.setOnAction(e -> action.run());
        return item;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(condition::get, condition));
        node.managedProperty().bind(node.visibleProperty());
    }

    private static Ikon kindIcon(PickedPath.Kind kind) {
        return switch (kind) {
            case FOLDER -> Material2AL.FOLDER;
            case FILE -> Material2AL.INSERT_DRIVE_FILE;
            case OTHER -> Material2AL.DEVICE_UNKNOWN;
        };
    }

    /** 1 234 567 bytes as "1.2 MB" (decimal units, as file managers show them); empty for no size. */
    static String humanSize(OptionalLong bytes) {
        if (bytes.isEmpty()) {
            return "";
        }
        long b = bytes.getAsLong();
        if (b < 1000) {
            return b + " B";
        }
        String[] units = {"KB", "MB", "GB", "TB", "PB"};
        double v = b;
        int u = -1;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.getDefault(), v < 10 ? "%.1f %s" : "%.0f %s", v, units[u]);
    }
}
