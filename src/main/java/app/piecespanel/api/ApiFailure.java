package app.piecespanel.api;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Why a call to PiecesOS failed, as a small closed family. Each kind carries a sentence a person understands
 * ({@link #plainMessage()}: what happened and what to do) and the technical detail for the log ({@link #detail()}).
 * The UI maps kinds to words in one place: here.
 */
public abstract sealed class ApiFailure extends Exception
        permits ApiFailure.NotRunning, ApiFailure.TimedOut, ApiFailure.NotSignedIn, ApiFailure.ServerError,
                ApiFailure.BadResponse, ApiFailure.Cancelled {

    private final String plainMessage;

    private ApiFailure(String plainMessage, String detail, Throwable cause) {
        super(detail, cause, false, false);
        this.plainMessage = plainMessage;
    }

    /** One or two sentences for a person: what happened and what to do about it. */
    public String plainMessage() {
        return plainMessage;
    }

    /** The technical detail: request, status, parser message. Never holds secrets. */
    public String detail() {
        return getMessage();
    }

    /** Nobody answers at the address: PiecesOS is not running there (connection refused or closed). */
    public static final class NotRunning extends ApiFailure {
        private final boolean brokeOff;

        /**
         * @param brokeOff the connection was made but closed before a complete answer (PiecesOS stopped or
         *     restarted mid-call), as opposed to nobody accepting the connection at all
         */
        public NotRunning(String detail, Throwable cause, boolean brokeOff) {
            super(brokeOff
                    ? "The connection to PiecesOS broke off before it answered. It may have stopped or restarted; "
                            + "the panel reconnects when it is back."
                    : "PiecesOS is not running, or not at this address. Start PiecesOS, then try again.",
                    detail, cause);
            this.brokeOff = brokeOff;
        }

        public boolean brokeOff() {
            return brokeOff;
        }
    }

    /** PiecesOS did not answer in time. */
    public static final class TimedOut extends ApiFailure {
        public TimedOut(String detail) {
            super("PiecesOS did not answer in time. It may be busy or stuck; try again in a moment, or restart it.",
                    detail, null);
        }
    }

    /** 401: the action needs a signed-in person. */
    public static final class NotSignedIn extends ApiFailure {
        private final String serverText;

        public NotSignedIn(String serverText, String detail) {
            super("You need to sign in to Pieces first.", detail, null);
            this.serverText = serverText;
        }

        /** What PiecesOS said, as text. */
        public String serverText() {
            return serverText;
        }
    }

    /** PiecesOS answered with an error status. */
    public static final class ServerError extends ApiFailure {
        private final int status;
        private final String serverText;

        public ServerError(int status, String serverText, String detail) {
            super(sentenceFor(status, serverText), detail, null);
            this.status = status;
            this.serverText = serverText;
        }

        private static String sentenceFor(int status, String serverText) {
            String said = serverText == null || serverText.isBlank() ? "" : " It said: \"" + clip(serverText) + "\".";
            if (status == 404) {
                return "This version of PiecesOS does not offer this action (404)." + said;
            }
            return "PiecesOS reported an error (" + status + ")." + said + " Try again; if it keeps happening, restart PiecesOS.";
        }

        public int status() {
            return status;
        }

        public String serverText() {
            return serverText;
        }
    }

    /** An answer that does not make sense: invalid JSON, a wrong type, a missing field, a wrong content type, too big. */
    public static final class BadResponse extends ApiFailure {
        public BadResponse(String detail, Throwable cause) {
            super("PiecesOS sent an answer the panel could not understand. Try again; if it keeps happening, "
                    + "PiecesOS may need an update.", detail, cause);
        }
    }

    /** The call was abandoned on purpose (the person cancelled, or the panel moved on). */
    public static final class Cancelled extends ApiFailure {
        public Cancelled(String detail) {
            super("Cancelled.", detail, null);
        }
    }

    /**
     * The failure behind {@code t}, unwrapping the wrappers futures add. Anything that is not an ApiFailure
     * (a bug in the panel, say) becomes a BadResponse that names it rather than escaping as a stack trace.
     */
    public static ApiFailure of(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        if (c instanceof ApiFailure f) {
            return f;
        }
        if (c instanceof CancellationException) {
            return new Cancelled("cancelled by the caller");
        }
        return new BadResponse("unexpected " + c.getClass().getSimpleName() + ": " + c.getMessage(), c);
    }

    static String clip(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        return one.length() > 200 ? one.substring(0, 200) + "…" : one;
    }
}
