package app.piecespanel.ui.common;

/**
 * One page of the panel (Account, Permissions, …) as the shell sees it. The shell builds a section's view on its
 * first visit, calls {@link #refresh()} on F5, and {@link #connectionReturned()} when PiecesOS answers again after
 * being away, for the visible section.
 */
public interface Section {
    /** The page's root node; built once, on first visit. */
    javafx.scene.Node view();

    /** Re-reads what the page shows (F5, the page's Refresh button). */
    void refresh();

    /** PiecesOS is reachable again (after a restart or outage): re-read without bothering the person. */
    default void connectionReturned() {
        refresh();
    }
}
