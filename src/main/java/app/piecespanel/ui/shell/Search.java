package app.piecespanel.ui.shell;

import app.piecespanel.api.StepReport;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one search for PiecesOS came to.
 *
 * @param address where it answers, if anywhere
 * @param source whether that is a real PiecesOS or the built-in simulator (and why the simulator)
 * @param how how it was found, as words for the tooltip and Settings ("found through the port file PiecesOS
 *     writes"), or why nothing was found when that is not told by the steps
 * @param steps each discovery step tried, in order
 */
public record Search(Optional<URI> address, Source source, String how, List<StepReport> steps) {

    public enum Source {
        PIECES_OS,
        /** The person chose the simulator (command line or the not-running page). */
        SIMULATOR,
        /** No PiecesOS was found and the panel started with {@code --fallback-simulator}. */
        SIMULATOR_FALLBACK;

        public boolean simulated() {
            return this != PIECES_OS;
        }
    }

    public Search {
        steps = List.copyOf(steps);
    }

    public static Search none(Source source, String how, List<StepReport> steps) {
        return new Search(Optional.empty(), source, how, steps);
    }

    public boolean found() {
        return address.isPresent();
    }

    /** This search with {@code earlier} steps before its own (a fallback tells what was tried first). */
    Search after(Search earlier) {
        List<StepReport> all = new ArrayList<>(earlier.steps());
        all.addAll(steps);
        return new Search(address, source, how, all);
    }
}
