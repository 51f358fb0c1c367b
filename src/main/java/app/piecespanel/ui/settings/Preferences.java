package app.piecespanel.ui.settings;

import app.piecespanel.settings.AtomicFile;
import app.piecespanel.settings.LatestWriter;
import app.piecespanel.settings.PanelSettings;
import app.piecespanel.settings.SettingsStore;
import app.piecespanel.ui.common.UiThread;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The person's settings while the panel runs: read once at start, changed on the UI thread, written to disk in the
 * background (the latest version wins; the window never waits for the disk).
 */
public final class Preferences implements AutoCloseable {
    private final SettingsStore store;
    private final UiThread ui;
    private final ReadOnlyObjectWrapper<PanelSettings> current;
    private final Optional<String> loadNotice;
    private final LatestWriter<PanelSettings> writer;
    private Consumer<String> saveFailed = m -> { };
    private boolean toldFailure;

    private Preferences(SettingsStore store, UiThread ui) {
        this.store = store;
        this.ui = ui;
        SettingsStore.Loaded loaded = store.load();
        this.current = new ReadOnlyObjectWrapper<>(this, "current", loaded.settings());
        this.loadNotice = loaded.notice();
        this.writer = new LatestWriter<>("settings-writer", store::save, this::failed);
    }

    public static Preferences load(SettingsStore store, UiThread ui) {
        return new Preferences(store, ui);
    }

    /** Where failures to save are told (once per run, on the UI thread). */
    public void onSaveFailure(Consumer<String> listener) {
        saveFailed = listener;
    }

    public ReadOnlyObjectProperty<PanelSettings> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public PanelSettings get() {
        return current.get();
    }

    /** What to tell the person about the file read at start (damaged, partly unusable); empty when all was well. */
    public Optional<String> loadNotice() {
        return loadNotice;
    }

    public Path file() {
        return store.file();
    }

    /** Changes the settings (on the UI thread) and saves them in the background. */
    public void update(UnaryOperator<PanelSettings> change) {
        PanelSettings next = change.apply(current.get());
        if (next.equals(current.get())) {
            return;
        }
        current.set(next);
        writer.submit(next);
    }

    /** Completes when everything changed so far is on disk (or failed to get there). */
    public CompletableFuture<Void> flush() {
        return writer.flush();
    }

    private void failed(Exception e) {
        String why = e instanceof IOException io ? AtomicFile.reason(io) : String.valueOf(e.getMessage());
        ui.execute(() -> {
            if (!toldFailure) {
                toldFailure = true;
                saveFailed.accept("Your settings could not be saved to " + store.file() + " (" + why
                        + "). They apply until the panel closes.");
            }
        });
    }

    /** Writes what is left and stops the writer; waits a moment at most. */
    @Override
    public void close() {
        writer.close();
    }
}
