package app.piecespanel.ui.shell;

/** Where the panel stands with PiecesOS, as the status bar words it. */
public enum ConnectionState {
    /** Searching (at start, or after the connection settings changed). */
    LOOKING,
    /** PiecesOS answers. */
    CONNECTED,
    /** A search found nothing; the panel keeps looking now and then. */
    NOT_FOUND,
    /** PiecesOS answered before and stopped answering; the panel keeps trying (and rediscovers). */
    RECONNECTING,
    /** The panel asked PiecesOS to restart; the downtime is expected. */
    RESTARTING
}
