package app.piecespanel.ui.account;

/** How a status should look: good news, waiting, bad news, or nothing to say. The view picks the colours. */
public enum Tone {
    GOOD,
    WAITING,
    BAD,
    NEUTRAL
}
