package app.piecespanel.ui.files;

import java.time.Instant;
import java.util.List;

/**
 * One finished pick: when, which picker, the extensions it was limited to, and what came back
 * ({@code []} when the person closed the dialog without choosing).
 */
public record PickRecord(Instant time, PickKind kind, List<String> extensions, List<PickedPath> results) {
    public PickRecord {
        extensions = List.copyOf(extensions);
        results = List.copyOf(results);
    }

    public boolean nothingSelected() {
        return results.isEmpty();
    }
}
