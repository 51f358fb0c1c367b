package app.piecespanel.simulator;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The last requests the simulator received, for tests and the panel's Activity view; waitable. */
final class RequestLog {
    private static final System.Logger LOG = System.getLogger(PiecesOsSimulator.class.getName());
    private static final int KEEP = 1000;
    private final Deque<RecordedRequest> recent = new ArrayDeque<>(); // guarded by this
    private final java.util.Map<String, Integer> arrivals = new java.util.HashMap<>(); // guarded by this

    synchronized void arrived(String path) {
        arrivals.merge(path, 1, Integer::sum);
        notifyAll();
    }

    /** Waits until a request to {@code path} has arrived (answered or not); false on timeout. */
    synchronized boolean awaitArrived(String path, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!arrivals.containsKey(path)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    void add(RecordedRequest r) {
        synchronized (this) {
            if (recent.size() >= KEEP) {
                recent.removeFirst();
            }
            recent.addLast(r);
            notifyAll();
        }
        LOG.log(r.abandoned() ? Level.INFO : Level.DEBUG, "{0} {1} -> {2} in {3} ms{4}", r.method(), r.path(),
                r.status() == 0 ? "no answer" : String.valueOf(r.status()), r.took().toMillis(),
                r.abandoned() ? " (abandoned by the client)" : "");
    }

    synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(recent);
    }

    /** Waits until a request to {@code path} has been abandoned by its client; false on timeout. */
    synchronized boolean awaitAbandoned(String path, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (RecordedRequest r : recent) {
                if (r.abandoned() && r.path().equals(path)) {
                    return true;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }
}
