package app.piecespanel.ui.reliability;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.piecespanel.simulator.Fault;
import app.piecespanel.ui.testkit.TestPanel;
import java.util.regex.Pattern;

/**
 * The classes of trouble a PiecesOS (or the lack of one) can cause, each with the start of the sentence the page
 * must then show: the kind of failure in plain words, not only "something".
 */
enum Trouble {
    /** Never answers: the client's deadline (short in these tests) ends the wait. */
    HANG("hang", "PiecesOS did not answer in time."),
    SERVER_ERROR("status=500:database is locked",
            "PiecesOS reported an error (500). It said: \"database is locked\"."),
    /** 200 with a web page, as from another server on the port. */
    HTML_PAGE("html", Trouble.NOT_UNDERSTOOD),
    TRUNCATED_JSON("truncated", Trouble.NOT_UNDERSTOOD),
    /** The right shape with every value of the wrong type. */
    WRONG_TYPES("wrong-types", Trouble.NOT_UNDERSTOOD),
    /** Head and half the body, then a TCP reset. */
    RESET_MID_BODY("reset", "The connection to PiecesOS broke off before it answered."),
    /** Nobody listens at the address. */
    CONNECTION_REFUSED(null, "PiecesOS is not running, or not at this address.");

    private static final String NOT_UNDERSTOOD = "PiecesOS sent an answer the panel could not understand.";
    /** What gives away a technical message: a class name, an exception's name, a stack frame, a Java package. */
    private static final Pattern TECHNICAL = Pattern.compile(
            "[A-Za-z]+(Exception|Error)\\b|\\bat [a-z]+\\.[a-z]|\\b(java|javax|jdk|sun|tools\\.jackson|com\\.fasterxml|app\\.piecespanel)\\.[a-z]"
                    + "|\\b[a-z]+(\\.[a-z0-9]+)+\\.[A-Z][A-Za-z0-9]*\\b|\\$|\\n\\s+at |Caused by|\\bnull\\b");

    private final String fault;
    final String sentence;

    Trouble(String fault, String sentence) {
        this.fault = fault;
        this.sentence = sentence;
    }

    /** Makes {@code path} misbehave (or every call be refused). */
    void inject(TestPanel panel, String path) {
        if (fault == null) {
            panel.refuseConnections();
        } else {
            panel.simulator.setFault(path, Fault.parse(fault));
        }
    }

    void clear(TestPanel panel) {
        panel.acceptConnections();
        panel.simulator.clearFaults();
    }

    /** The page's sentence is this trouble's, in plain words. */
    void assertToldPlainly(String shown) {
        assertPlainWords(shown);
        assertTrue(shown.startsWith(sentence), "expected \"" + sentence + "…\", shown: " + shown);
    }

    /** A sentence a person reads: not empty, no exception names, no stack trace, no Java package, no "null". */
    static void assertPlainWords(String shown) {
        assertTrue(shown != null && !shown.isBlank(), "a message is shown");
        assertFalse(TECHNICAL.matcher(shown).find(), "technical words in the message: " + shown);
        assertTrue(shown.length() < 400, "a sentence or two, not a dump: " + shown);
    }
}
