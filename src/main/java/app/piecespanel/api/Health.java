package app.piecespanel.api;

/**
 * The answer to "is PiecesOS there?".
 *
 * @param running something answered HTTP at the address
 * @param wellKnown it has the current generation's {@code /.well-known/health} (a seed-generation server does not)
 * @param text what the health endpoint said, or a note
 */
public record Health(boolean running, boolean wellKnown, String text) {}
