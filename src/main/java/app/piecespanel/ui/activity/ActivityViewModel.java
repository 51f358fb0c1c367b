package app.piecespanel.ui.activity;

import app.piecespanel.api.CallRecord;
import app.piecespanel.ui.common.DialogService;
import app.piecespanel.ui.common.Words;
import app.piecespanel.settings.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** The Activity page: the log, filtered by what the person types; clear; export to a file. */
public final class ActivityViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final ActivityLog log;
    private final DialogService dialogs;
    private final Clock clock;
    private final Words words = Words.of(ActivityViewModel.class, "activity");
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final FilteredList<CallRecord> shown;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary");

    public ActivityViewModel(ActivityLog log, DialogService dialogs, Clock clock) {
        this.log = log;
        this.dialogs = dialogs;
        this.clock = clock;
        this.shown = new FilteredList<>(log.records());
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            String f = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
            return f.isEmpty() ? r -> true : r -> searchable(r).contains(f);
        }, filter));
        summary.bind(Bindings.createStringBinding(() -> shown.size() == log.records().size()
                ? words.get("summary.all", shown.size())
                : words.get("summary.filtered", shown.size(), log.records().size()), shown, log.records()));
    }

    private String searchable(CallRecord r) {
        return (time(r) + " " + r.method() + " " + r.path() + " " + status(r) + " " + r.outcome())
                .toLowerCase(Locale.ROOT);
    }

    /** What the person types to narrow the list: matched against time, method, path, status and outcome. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The calls that match the filter, newest first. */
    public ObservableList<CallRecord> shown() {
        return shown;
    }

    /** "40 calls" or "3 of 40 calls". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public void clear() {
        log.clear();
    }

    /** Asks where, then writes the calls shown (oldest first) as CSV, and says how it went. */
    public void export() {
        String suggested = "piecesos-activity-" + LocalDateTime.now(clock).format(FILE_STAMP) + ".csv";
        dialogs.chooseSaveFile(words.get("export.title"), suggested).ifPresent(this::exportTo);
    }

    void exportTo(Path file) {
        List<CallRecord> oldestFirst = new ArrayList<>(shown);
        java.util.Collections.reverse(oldestFirst);
        StringBuilder out = new StringBuilder("time,method,path,status,duration_ms,outcome\n");
        for (CallRecord r : oldestFirst) {
            out.append(String.join(",", r.started().toString(), csv(r.method()), csv(r.path()),
                    r.status() < 0 ? "" : String.valueOf(r.status()), String.valueOf(r.duration().toMillis()),
                    csv(r.outcome()))).append('\n');
        }
        try {
            // whole or not at all: an export that fails half-way never replaces a good file with half a file
            AtomicFile.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            dialogs.notify(words.get("export.failed", file.toString(), AtomicFile.reason(e)));
            return;
        }
        dialogs.notify(words.get("export.done", oldestFirst.size(), file.toString()));
    }

    /**
     * One CSV cell. Text a spreadsheet would run as a formula (a server's message starting with "=", say) is
     * prefixed with an apostrophe, so opening the export never runs anything.
     */
    static String csv(String s) {
        String v = s == null ? "" : s;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    // ---- how a record reads in the table ----

    public String time(CallRecord r) {
        return LocalDateTime.ofInstant(r.started(), clock.getZone() == null ? ZoneId.systemDefault() : clock.getZone())
                .format(TIME);
    }

    public String status(CallRecord r) {
        return r.status() < 0 ? "—" : String.valueOf(r.status());
    }

    public String duration(CallRecord r) {
        Duration d = r.duration();
        return d.toMillis() < 10_000 ? words.get("duration.ms", String.valueOf(d.toMillis()))
                : words.get("duration.s", String.format(Locale.ROOT, "%.1f", d.toMillis() / 1000.0));
    }
}
