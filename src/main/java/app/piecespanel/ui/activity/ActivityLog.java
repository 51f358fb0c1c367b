package app.piecespanel.ui.activity;

import app.piecespanel.api.CallListener;
import app.piecespanel.api.CallRecord;
import app.piecespanel.ui.common.UiThread;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every call the client made, newest first, the last {@value #LIMIT}; and whether any call is running now (the
 * status bar's busy indicator). The client tells it on its own threads; the list changes on the {@link UiThread}.
 * A {@link CallRecord} holds method, path, status, time and outcome only, never a body: no secret can reach it.
 */
public final class ActivityLog implements CallListener {
    public static final int LIMIT = 1000;

    private final UiThread ui;
    private final ObservableList<CallRecord> records = FXCollections.observableArrayList();
    private final ObservableList<CallRecord> readOnly = FXCollections.unmodifiableObservableList(records);
    private final AtomicInteger running = new AtomicInteger();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public ActivityLog(UiThread ui) {
        this.ui = ui;
    }

    @Override
    public void onStart(String method, String path) {
        running.incrementAndGet();
        ui.execute(this::showBusy);
    }

    @Override
    public void onCall(CallRecord record) {
        running.updateAndGet(n -> Math.max(0, n - 1));
        ui.execute(() -> {
            records.add(0, record);
            if (records.size() > LIMIT) {
                records.remove(LIMIT, records.size());
            }
            showBusy();
        });
    }

    private void showBusy() {
        busy.set(running.get() > 0);
    }

    /** Newest first; changes on the UI thread. */
    public ObservableList<CallRecord> records() {
        return readOnly;
    }

    /** True while at least one call is on its way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Forgets the calls listed so far (calls still running are listed when they end). */
    public void clear() {
        records.clear();
    }
}
