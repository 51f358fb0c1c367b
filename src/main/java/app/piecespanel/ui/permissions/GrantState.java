package app.piecespanel.ui.permissions;

/** What the badge of one permission says. */
public enum GrantState {
    GRANTED,
    NOT_GRANTED,
    /** Not read yet, or PiecesOS left this one value out. */
    UNKNOWN,
    /** PiecesOS reports no permissions at all here (Linux): nothing to grant. */
    NOT_NEEDED
}
