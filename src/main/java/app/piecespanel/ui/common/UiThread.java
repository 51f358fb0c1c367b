package app.piecespanel.ui.common;

import java.util.concurrent.Executor;

/**
 * Where view-model state may be written: the JavaFX application thread in the app, the calling thread in tests.
 * Background work never happens here; only the hand-over of its result does.
 */
public interface UiThread extends Executor {

    /** The JavaFX application thread: runs at once when already on it, else queues with Platform.runLater. */
    static UiThread fx() {
        return task -> {
            if (javafx.application.Platform.isFxApplicationThread()) {
                task.run();
            } else {
                javafx.application.Platform.runLater(task);
            }
        };
    }

    /** Runs on whatever thread completes the work: for view-model tests, which have no FX thread. */
    static UiThread direct() {
        return Runnable::run;
    }
}
