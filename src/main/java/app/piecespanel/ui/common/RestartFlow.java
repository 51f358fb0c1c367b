package app.piecespanel.ui.common;

import java.util.concurrent.CompletableFuture;

/**
 * "Restart PiecesOS", the same wherever it is offered (Updates, the shell's menu): a confirmation first, then
 * {@code /os/restart}, then waiting for PiecesOS to answer again (possibly on another port) through the connection
 * monitor, which words the downtime as an expected restart.
 */
public final class RestartFlow {
    private RestartFlow() {}

    /** Must be called on the UI thread. Completes true when PiecesOS is back, false when the person declined. */
    public static CompletableFuture<Boolean> confirmAndRestart(PanelContext context, String why) {
        boolean yes = context.dialogs().confirm("Restart PiecesOS",
                why + " PiecesOS will be unavailable for a few seconds, and tools using it will reconnect.",
                "Restart PiecesOS");
        if (!yes) {
            return CompletableFuture.completedFuture(false);
        }
        CompletableFuture<Void> back = context.connection().expectRestart();
        return context.client().restart().thenCompose(ignored -> back).thenApply(ignored -> true);
    }
}
