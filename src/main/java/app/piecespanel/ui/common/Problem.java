package app.piecespanel.ui.common;

import app.piecespanel.api.ApiFailure;
import java.util.Objects;

/**
 * What went wrong, as a person should read it: one plain sentence (what happened and what to do), plus the
 * technical details for the curious, shown only on demand.
 */
public record Problem(String sentence, String details) {
    public Problem {
        Objects.requireNonNull(sentence, "sentence");
        details = details == null ? "" : details;
    }

    public static Problem of(Throwable t) {
        ApiFailure failure = ApiFailure.of(t);
        return new Problem(failure.plainMessage(), failure.detail());
    }
}
