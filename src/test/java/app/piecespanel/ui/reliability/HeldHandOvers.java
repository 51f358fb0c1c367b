package app.piecespanel.ui.reliability;

import app.piecespanel.ui.common.UiThread;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;

/**
 * The JavaFX thread as sections use it, except that while {@link #hold() held}, results handed over from
 * background threads wait, as they do when the JavaFX thread is busy with a click at the moment an answer arrives.
 * {@link #release()} hands them over, in order. The test connection's own polling is never held (it writes from
 * its own thread, "test-connection").
 */
final class HeldHandOvers implements UiThread {
    private final UiThread fx = UiThread.fx();
    private final List<Runnable> held = new ArrayList<>(); // guarded by this
    private boolean holding; // guarded by this

    @Override
    public void execute(Runnable task) {
        if (!Platform.isFxApplicationThread() && !Thread.currentThread().getName().startsWith("test-connection")) {
            synchronized (this) {
                if (holding) {
                    held.add(task);
                    return;
                }
            }
        }
        fx.execute(task);
    }

    synchronized void hold() {
        holding = true;
    }

    synchronized int waiting() {
        return held.size();
    }

    /** Hands what was held to the JavaFX thread, after whatever it is doing now. */
    void release() {
        List<Runnable> out;
        synchronized (this) {
            holding = false;
            out = new ArrayList<>(held);
            held.clear();
        }
        out.forEach(Platform::runLater);
    }
}
