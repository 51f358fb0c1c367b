package app.piecespanel.api;

import java.util.List;
import java.util.Optional;

/** Where PiecesOS was found, if anywhere, and every step tried on the way. */
public record DiscoveryResult(Optional<Found> found, List<StepReport> steps) {
    public DiscoveryResult {
        steps = List.copyOf(steps);
    }
}
