package app.piecespanel.simulator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The scripted answers of the file and folder pickers, and what clients asked them for. */
final class Pickers {
    private static final int KEEP_REQUESTS = 1000;
    private final Deque<List<String>> files = new ArrayDeque<>(); // guarded by this
    private final Deque<List<String>> folders = new ArrayDeque<>(); // guarded by this
    private final Deque<PickerRequest> asked = new ArrayDeque<>(); // guarded by this

    synchronized void queue(boolean forFolders, List<String> paths) {
        (forFolders ? folders : files).addLast(List.copyOf(paths));
    }

    /** The next scripted answer; {@code []} (the person cancelled) when none is queued. */
    synchronized List<String> next(boolean forFolders) {
        List<String> next = (forFolders ? folders : files).pollFirst();
        return next == null ? List.of() : next;
    }

    synchronized boolean hasScripted(boolean forFolders) {
        return !(forFolders ? folders : files).isEmpty();
    }

    synchronized void record(PickerRequest r) {
        if (asked.size() >= KEEP_REQUESTS) {
            asked.removeFirst();
        }
        asked.addLast(r);
    }

    synchronized List<PickerRequest> requests() {
        return List.copyOf(new ArrayList<>(asked));
    }
}
