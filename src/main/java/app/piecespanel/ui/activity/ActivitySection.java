package app.piecespanel.ui.activity;

import app.piecespanel.api.CallRecord;
import app.piecespanel.ui.common.Section;
import app.piecespanel.ui.common.SectionPage;
import app.piecespanel.ui.common.Words;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The Activity page: every call the panel made, filterable, clearable, exportable. */
public final class ActivitySection implements Section {
    private final ActivityViewModel vm;
    private final Words words = Words.of(ActivitySection.class, "activity");
    private Node view;

    public ActivitySection(ActivityViewModel vm) {
        this.vm = vm;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = build();
        }
        return view;
    }

    private Node build() {
        Label title = SectionPage.title(words.get("title"));
        Label subtitle = SectionPage.wrapped(words.get("subtitle"), "text-muted");

        TextField filter = new TextField();
        filter.setId("activity-filter");
        filter.setPromptText(words.get("filter.prompt"));
        filter.textProperty().bindBidirectional(vm.filterProperty());
        HBox.setHgrow(filter, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("activity-summary");
        summary.textProperty().bind(vm.summaryProperty());
        Button clear = new Button(words.get("clear"));
        clear.setId("activity-clear");
        clear.setTooltip(new Tooltip(words.get("clear.tooltip")));
        clear.setOnAction(e -> vm.clear());
        Button export = new Button(words.get("export"));
        export.setId("activity-export");
        export.setTooltip(new Tooltip(words.get("export.tooltip")));
        export.setOnAction(e -> vm.export());
        HBox bar = new HBox(8, filter, summary, clear, export);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        TableView<CallRecord> table = new TableView<>(vm.shown());
        table.setId("activity-table");
        table.setPlaceholder(new Label(words.get("empty")));
        table.getColumns().add(column(words.get("column.time"), vm::time, 110));
        table.getColumns().add(column(words.get("column.method"), CallRecord::method, 80));
        table.getColumns().add(column(words.get("column.path"), CallRecord::path, 220));
        table.getColumns().add(column(words.get("column.status"), vm::status, 66));
        table.getColumns().add(column(words.get("column.duration"), vm::duration, 90));
        table.getColumns().add(column(words.get("column.outcome"), CallRecord::outcome, 260));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox page = new VBox(12, title, subtitle, bar, table);
        page.setPadding(new Insets(24));
        page.setMinWidth(Region.USE_PREF_SIZE);
        return page;
    }

    private static TableColumn<CallRecord, String> column(String name, Function<CallRecord, String> value, double width) {
        TableColumn<CallRecord, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new SimpleStringProperty(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 110)); // never squeezed to "15:47:2…"; long paths and outcomes take the rest
        return c;
    }

    @Override
    public void refresh() {
        // the table follows the log by itself
    }
}
