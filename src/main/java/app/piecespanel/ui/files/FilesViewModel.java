package app.piecespanel.ui.files;

import app.piecespanel.api.model.FilePickerInput;
import app.piecespanel.ui.common.CallLifecycle;
import app.piecespanel.ui.common.PanelContext;
import app.piecespanel.ui.common.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import app.piecespanel.settings.PickHistoryStore;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Files page's state and what a person can do there: ask PiecesOS's file or folder picker (optionally limited
 * to some extensions), wait for the answer or stop waiting, see what came back and whether it exists on this
 * machine, copy, open or reveal it, and look back at earlier picks (kept between runs when a store is given).
 * The state lives here, not in the view, so it survives leaving the page. Must be used on the {@link app.piecespanel.ui.common.UiThread}.
 */
public final class FilesViewModel {
    /** How many picks the history keeps. */
    static final int HISTORY_LIMIT = 200;
    /** Opening more than this many items at once asks first. */
    static final int OPEN_WITHOUT_ASKING = 10;

    /** The one-line outcome shown under the pick buttons. */
    public record Notice(Tone tone, String text) {}

    public enum Tone {
        SUCCESS,
        INFO,
        WARNING
    }

    private record Attempt(PickKind kind, List<String> extensions, boolean allowMultiple) {}

    private final PanelContext context;
    private final CallLifecycle pick;
    private final Words words = new Words();

    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObservableList<String> extensions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper filterMessage = new ReadOnlyStringWrapper(this, "filterMessage");
    private final BooleanProperty allowMultiple = new SimpleBooleanProperty(this, "allowMultiple", true);
    private final ReadOnlyObjectWrapper<PickKind> waitingFor = new ReadOnlyObjectWrapper<>(this, "waitingFor");
    private final ReadOnlyObjectWrapper<Notice> notice = new ReadOnlyObjectWrapper<>(this, "notice");
    private final ReadOnlyObjectWrapper<PickRecord> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ObservableList<PickedPath> results = FXCollections.observableArrayList();
    private final ObservableList<PickRecord> history = FXCollections.observableArrayList();
    private final ObservableList<PickedPath> selection = FXCollections.observableArrayList();
    private final ObservableList<String> extensionsOut = FXCollections.unmodifiableObservableList(extensions);
    private final ObservableList<PickedPath> resultsOut = FXCollections.unmodifiableObservableList(results);
    private final ObservableList<PickRecord> historyOut = FXCollections.unmodifiableObservableList(history);
    private final ObservableList<PickedPath> selectionOut = FXCollections.unmodifiableObservableList(selection);
    private final ReadOnlyBooleanWrapper canCopy = new ReadOnlyBooleanWrapper(this, "canCopy");
    private final ReadOnlyBooleanWrapper canOpen = new ReadOnlyBooleanWrapper(this, "canOpen");
    private final PickHistoryStore saved;
    private boolean readingEarlier;
    private boolean earlierRead;
    private boolean clearedWhileReading;
    private Attempt lastAttempt;
    private long recheckGeneration;

    public FilesViewModel(PanelContext context) {
        this(context, null);
    }

    /**
     * @param saved where the history of picks is kept between runs (read by {@link #readEarlierPicks()}); null
     *     keeps it for this run only
     */
    public FilesViewModel(PanelContext context, PickHistoryStore saved) {
        this.context = context;
        this.saved = saved;
        this.pick = new CallLifecycle(context.ui(), context.clock());
        filterText.addListener((o, was, now) -> filterMessage.set(messageFor(ExtensionFilter.parse(now))));
        selection.addListener((javafx.collections.ListChangeListener<PickedPath>) c -> {
            canCopy.set(!selection.isEmpty());
            canOpen.set(selection.stream().anyMatch(PickedPath::existsHere));
        });
    }

    /**
     * Reads the picks of earlier runs in the background (once; the page does it on its first visit, so nothing of
     * it stands before the panel's first frame) and puts them after this run's picks.
     */
    public void readEarlierPicks() {
        if (saved == null || readingEarlier) {
            return;
        }
        readingEarlier = true;
        saved.loadLater()
                .thenApply(loaded -> {
                    // looking the paths up touches the file system: here, off the UI thread
                    List<PickRecord> earlier = new ArrayList<>();
                    for (PickHistoryStore.SavedPick p : loaded.picks()) {
                        PickKind kind = p.folders() ? PickKind.FOLDERS : PickKind.FILES;
                        earlier.add(new PickRecord(p.time(), kind, p.extensions(), examineAll(p.paths(), kind)));
                    }
                    return Map.entry(earlier, loaded.notice());
                })
                .thenAccept(read -> context.ui().execute(() -> {
                    boolean changedMeanwhile = !history.isEmpty() || clearedWhileReading;
                    if (!clearedWhileReading) {
                        history.addAll(read.getKey());
                    }
                    if (history.size() > HISTORY_LIMIT) {
                        history.remove(HISTORY_LIMIT, history.size());
                    }
                    earlierRead = true;
                    if (changedMeanwhile) {
                        keepHistory(); // held back until the earlier picks were in
                    }
                    read.getValue().ifPresent(text -> {
                        if (notice.get() == null) {
                            notice.set(new Notice(Tone.WARNING, text));
                        }
                    });
                }));
    }

    /** Hands the history to the store, which writes it in the background. */
    private void keepHistory() {
        if (saved == null || readingEarlier && !earlierRead) {
            return; // never write a history that lacks the earlier picks still being read
        }
        List<PickHistoryStore.SavedPick> picks = new ArrayList<>(history.size());
        for (PickRecord r : history) {
            picks.add(new PickHistoryStore.SavedPick(r.time(), r.kind() == PickKind.FOLDERS, r.extensions(),
                    r.results().stream().map(PickedPath::path).toList()));
        }
        saved.saveLater(picks);
    }

    // ---- intents ----

    /**
     * Opens PiecesOS's file picker with the extensions in the chips and the field, and waits for the person. With
     * an invalid extension nothing is sent and {@link #filterMessageProperty()} says what to fix. The future
     * completes when the outcome is on screen (at once when nothing was sent).
     */
    public CompletableFuture<Void> pickFiles() {
        if (pick.isBusy()) {
            return CompletableFuture.completedFuture(null);
        }
        ExtensionFilter.Parsed typed = ExtensionFilter.parse(filterText.get());
        if (!typed.isValid()) {
            filterMessage.set(messageFor(typed));
            return CompletableFuture.completedFuture(null);
        }
        commitFilterText();
        return start(new Attempt(PickKind.FILES, List.copyOf(extensions), allowMultiple.get()));
    }

    /** Opens PiecesOS's folder picker and waits for the person. */
    public CompletableFuture<Void> pickFolders() {
        return start(new Attempt(PickKind.FOLDERS, List.of(), false));
    }

    /** Tries the last pick again, as it was asked (after a failure). */
    public CompletableFuture<Void> retry() {
        return lastAttempt == null ? CompletableFuture.completedFuture(null) : start(lastAttempt);
    }

    /**
     * Stops waiting: the request to PiecesOS is abandoned, and its answer, should one come, is ignored. PiecesOS's
     * dialog may stay open on its side, which the notice says.
     */
    public void cancelPick() {
        if (!pick.isBusy()) {
            return;
        }
        PickKind kind = waitingFor.get();
        pick.cancel();
        waitingFor.set(null);
        notice.set(new Notice(Tone.WARNING, words.get(kind == PickKind.FOLDERS
                ? "notice.cancelled.folders" : "notice.cancelled.files")));
    }

    /** Turns the valid extensions typed in the field into chips; what cannot be sent stays in the field. */
    public void commitFilterText() {
        ExtensionFilter.Parsed typed = ExtensionFilter.parse(filterText.get());
        extensions.setAll(ExtensionFilter.merge(extensions, typed.extensions()));
        filterText.set(typed.invalid().stream().map(ExtensionFilter.Invalid::token).collect(Collectors.joining(", ")));
    }

    public void removeExtension(String extension) {
        extensions.remove(extension);
    }

    /** Backspace in an empty field: the last chip goes back into the field for editing. */
    public void editLastExtension() {
        if (!extensions.isEmpty() && filterText.get().isEmpty()) {
            filterText.set(extensions.remove(extensions.size() - 1));
        }
    }

    public void clearFilter() {
        extensions.clear();
        filterText.set("");
    }

    /** The rows the person has selected in the table. */
    public void select(List<PickedPath> rows) {
        selection.setAll(rows);
    }

    /** Copies the selected paths, one per line, as PiecesOS sent them. */
    public void copySelectedPaths() {
        if (selection.isEmpty()) {
            return;
        }
        context.desktop().copyToClipboard(selection.stream().map(PickedPath::path).collect(Collectors.joining("\n")));
        notice.set(new Notice(Tone.SUCCESS, words.get("notice.copied", selection.size())));
    }

    /** Opens the selected paths that exist on this machine with their default application. */
    public void openSelected() {
        act("open", (desktop, path) -> desktop.open(path));
    }

    /** Shows the selected paths that exist on this machine in the file manager. */
    public void revealSelected() {
        act("reveal", (desktop, path) -> desktop.reveal(path));
    }

    /** Shows the results of an earlier pick again (and looks them up again). */
    public void show(PickRecord record) {
        if (record == null || record == shown.get()) {
            return;
        }
        shown.set(record);
        results.setAll(record.results());
        selection.clear();
        notice.set(null);
        recheck();
    }

    /** Forgets every earlier pick (on disk too), and empties the table. */
    public void clearHistory() {
        history.clear();
        clearedWhileReading = readingEarlier && !earlierRead;
        keepHistory();
        shown.set(null);
        results.clear();
        selection.clear();
        notice.set(null);
    }

    /**
     * Looks the shown paths up on this machine again (they may have been created, moved or deleted). The future
     * completes when the fresh look is on screen.
     */
    public CompletableFuture<Void> recheck() {
        PickRecord record = shown.get();
        if (record == null) {
            return CompletableFuture.completedFuture(null);
        }
        long mine = ++recheckGeneration;
        CompletableFuture<Void> onScreen = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> record.results().stream().map(p -> p.reexamine(record.kind())).toList())
                .whenComplete((fresh, error) -> context.ui().execute(() -> {
                    if (error == null && mine == recheckGeneration && record == shown.get()) {
                        List<String> selected = selection.stream().map(PickedPath::path).toList();
                        results.setAll(fresh);
                        selection.setAll(fresh.stream().filter(p -> selected.contains(p.path())).toList());
                    }
                    onScreen.complete(null);
                }));
        return onScreen;
    }

    /** Forgets the shown problem (its Dismiss button). */
    public void dismissProblem() {
        pick.clearProblem();
    }

    // ---- the pick ----

    private CompletableFuture<Void> start(Attempt attempt) {
        if (pick.isBusy()) {
            return CompletableFuture.completedFuture(null);
        }
        lastAttempt = attempt;
        pick.clearProblem();
        notice.set(null);
        waitingFor.set(attempt.kind());
        return pick.run(() -> askAndExamine(attempt),
                examined -> {
                    waitingFor.set(null);
                    arrived(attempt, examined);
                },
                failure -> {
                    waitingFor.set(null);
                    pick.report(Problem.of(failure));
                });
    }

    /** The answer, looked up here; cancelling it abandons the request to PiecesOS (a derived future would not). */
    private CompletableFuture<List<PickedPath>> askAndExamine(Attempt attempt) {
        CompletableFuture<List<String>> asked = ask(attempt);
        CompletableFuture<List<PickedPath>> examined = asked.thenApply(paths -> examineAll(paths, attempt.kind()));
        examined.whenComplete((v, e) -> {
            if (examined.isCancelled()) {
                asked.cancel(true);
            }
        });
        return examined;
    }

    private CompletableFuture<List<String>> ask(Attempt attempt) {
        if (attempt.kind() == PickKind.FOLDERS) {
            return context.client().pickFolders();
        }
        List<String> only = attempt.extensions().isEmpty() ? null : attempt.extensions();
        return context.client().pickFiles(new FilePickerInput(null, only, attempt.allowMultiple()));
    }

    /** Runs where the answer arrived (off the UI thread): looking paths up touches the file system. */
    private static List<PickedPath> examineAll(List<String> paths, PickKind kind) {
        List<PickedPath> examined = new ArrayList<>(paths.size());
        for (String p : paths) {
            examined.add(PickedPath.examine(p, kind));
        }
        return examined;
    }

    private void arrived(Attempt attempt, List<PickedPath> examined) {
        PickRecord record = new PickRecord(context.clock().instant(), attempt.kind(), attempt.extensions(), examined);
        history.add(0, record);
        if (history.size() > HISTORY_LIMIT) {
            history.remove(HISTORY_LIMIT, history.size());
        }
        keepHistory();
        recheckGeneration++; // a look-up of the previous results must not land on these
        shown.set(record);
        results.setAll(examined);
        selection.clear();
        notice.set(outcome(record));
    }

    private Notice outcome(PickRecord record) {
        if (record.nothingSelected()) {
            return new Notice(Tone.INFO, words.get("notice.nothing"));
        }
        int n = record.results().size();
        long elsewhere = record.results().stream().filter(p -> !p.existsHere()).count();
        String picked = words.get(record.kind() == PickKind.FOLDERS ? "notice.picked.folders" : "notice.picked.files", n);
        if (elsewhere == 0) {
            return new Notice(Tone.SUCCESS, picked);
        }
        return new Notice(Tone.INFO, picked + " " + words.get("notice.elsewhere", elsewhere, n));
    }

    // ---- opening and revealing ----

    private void act(String verb, BiPredicate<app.piecespanel.ui.common.DesktopIntegration, Path> action) {
        List<Path> here = new ArrayList<>();
        int skipped = 0;
        for (PickedPath p : selection) {
            Optional<Path> local = p.existsHere() ? p.localPath().filter(Files::exists) : Optional.empty();
            if (local.isPresent()) {
                here.add(local.get());
            } else {
                skipped++;
            }
        }
        if (here.isEmpty()) {
            if (skipped > 0) {
                notice.set(new Notice(Tone.WARNING, words.get("notice.noneHere", skipped)));
            }
            return;
        }
        if (here.size() > OPEN_WITHOUT_ASKING && !context.dialogs().confirm(words.get(verb + ".many.title"),
                words.get(verb + ".many.message", here.size()), words.get(verb + ".many.confirm", here.size()))) {
            return;
        }
        List<String> failed = new ArrayList<>();
        for (Path p : here) {
            if (!action.test(context.desktop(), p)) {
                failed.add(String.valueOf(p.getFileName() == null ? p : p.getFileName()));
            }
        }
        String done = words.get("notice." + verb + ".done", here.size() - failed.size());
        String skippedText = skipped == 0 ? "" : " " + words.get("notice.skipped", skipped);
        if (!failed.isEmpty()) {
            notice.set(new Notice(Tone.WARNING, words.get("notice." + verb + ".failed", failed.size(),
                    String.join(", ", failed)) + skippedText));
        } else {
            notice.set(new Notice(skipped == 0 ? Tone.SUCCESS : Tone.INFO, done + skippedText));
        }
    }

    // ---- filter messages ----

    private String messageFor(ExtensionFilter.Parsed parsed) {
        Optional<ExtensionFilter.Invalid> first = parsed.firstInvalid();
        if (first.isEmpty()) {
            return null;
        }
        ExtensionFilter.Invalid bad = first.get();
        String suggestion = ExtensionFilter.suggestion(bad);
        String key = switch (bad.reason()) {
            case LEADING_DOT -> "filter.leadingDot";
            case WILDCARD -> "filter.wildcard";
            case INNER_DOT -> "filter.innerDot";
            case OTHER_CHARACTER -> "filter.other";
        };
        String text = suggestion.isEmpty() ? words.get("filter.generic", bad.token())
                : words.get(key, bad.token(), suggestion);
        int more = parsed.invalid().size() - 1;
        return more > 0 ? text + " " + words.get("filter.more", more) : text;
    }

    // ---- state out ----

    /** What is being typed in the filter field (not yet a chip). */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** The extensions the file picker will be limited to (the chips). */
    public ObservableList<String> extensions() {
        return extensionsOut;
    }

    /** Why the typed filter cannot be sent, in a sentence that says what to write; null when it can. */
    public ReadOnlyStringProperty filterMessageProperty() {
        return filterMessage.getReadOnlyProperty();
    }

    /** Whether the file picker may return several files (current generation; older PiecesOS ignores it). */
    public BooleanProperty allowMultipleProperty() {
        return allowMultiple;
    }

    /** Which picker is open in PiecesOS and waited for; null when none. */
    public ReadOnlyObjectProperty<PickKind> waitingForProperty() {
        return waitingFor.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return pick.busyProperty();
    }

    /** What went wrong with the last pick; null when nothing did. */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return pick.problemProperty();
    }

    /** The outcome of the last action, in a line; null when there is nothing to say. */
    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The pick whose results the table shows; null when none. */
    public ReadOnlyObjectProperty<PickRecord> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The shown pick's paths, as this machine sees them now. */
    public ObservableList<PickedPath> results() {
        return resultsOut;
    }

    /** The earlier picks, newest first. */
    public ObservableList<PickRecord> history() {
        return historyOut;
    }

    public ObservableList<PickedPath> selection() {
        return selectionOut;
    }

    /** Something is selected to copy. */
    public ReadOnlyBooleanProperty canCopyProperty() {
        return canCopy.getReadOnlyProperty();
    }

    /** Something selected exists on this machine, to open or reveal. */
    public ReadOnlyBooleanProperty canOpenProperty() {
        return canOpen.getReadOnlyProperty();
    }
}
