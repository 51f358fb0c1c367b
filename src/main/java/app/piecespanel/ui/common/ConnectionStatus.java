package app.piecespanel.ui.common;

import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * What the sections need to know of the connection to PiecesOS, and the one thing they may ask of it: to expect a
 * restart. The shell's connection monitor implements it.
 */
public interface ConnectionStatus {
    /** True while PiecesOS answers. */
    ReadOnlyBooleanProperty connectedProperty();

    /** The PiecesOS version when known, else empty. */
    ReadOnlyStringProperty versionProperty();

    /**
     * The panel has asked PiecesOS to restart (update, permission grant): the connection going away is expected and
     * is worded as "Restarting PiecesOS…"; PiecesOS is looked for again (it may come back on another port). The
     * future completes when it answers again, or fails with a TimedOut ApiFailure when it does not come back in time.
     */
    CompletableFuture<Void> expectRestart();

    /** Completes when PiecesOS next answers (at once when connected now). */
    CompletableFuture<Void> whenConnected();

    /** Where PiecesOS was found and how (address, port, discovery step), for diagnostics. */
    String describe();
}
