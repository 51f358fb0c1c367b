package app.piecespanel.ui.settings;

import app.piecespanel.settings.PanelSettings;
import app.piecespanel.settings.SettingsStore;
import app.piecespanel.ui.common.UiThread;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
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
    private final AtomicReference<PanelSettings> unsaved = new AtomicReference<>();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "settings-writer");
        t.setDaemon(true);
        return t;
    });
    private Consumer<String> saveFailed = m -> { };
    private CompletableFuture<Void> lastWrite = CompletableFuture.completedFuture(null);
    private boolean toldFailure;

    private Preferences(SettingsStore store, UiThread ui) {
        this.store = store;
        this.ui = ui;
        SettingsStore.Loaded loaded = store.load();
        this.current = new ReadOnlyObjectWrapper<>(this, "current", loaded.settings());
        this.loadNotice = loaded.notice();
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
        unsaved.set(next);
        synchronized (this) {
            lastWrite = lastWrite.thenRunAsync(this::writePending, writer);
        }
    }

    /** Completes when everything changed so far is on disk (or failed to get there). */
    public synchronized CompletableFuture<Void> flush() {
        return lastWrite;
    }

    private void writePending() {
        PanelSettings s = unsaved.getAndSet(null);
        if (s == null) {
            return; // a later write already saved it
        }
        try {
            store.save(s);
        } catch (IOException | RuntimeException e) {
            String why = e instanceof IOException io ? SettingsStore.reason(io) : String.valueOf(e.getMessage());
            ui.execute(() -> {
                if (!toldFailure) {
                    toldFailure = true;
                    saveFailed.accept("Your settings could not be saved to " + store.file() + " (" + why
                            + "). They apply until the panel closes.");
                }
            });
        }
    }

    /** Writes what is left and stops the writer; waits a moment at most. */
    @Override
    public void close() {
        try {
            flush().get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            // closing anyway: the file keeps its last whole version
        }
        writer.shutdown();
    }
}
