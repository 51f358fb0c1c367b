package app.piecespanel.api;

/**
 * The answer to "is PiecesOS there?".
 *
 * @param running something answered HTTP at the address
 * @param wellKnown it answers the current generation's {@code /.well-known/health} as PiecesOS does (200, text
 *     starting with {@code ok}); a seed-generation server has no such endpoint, another server answers otherwise
 * @param text what the health endpoint said, or a note
 */
public record Health(boolean running, boolean wellKnown, String text) {}
