package app.piecespanel.ui.shell;

import app.piecespanel.ui.common.DesktopIntegration;
import app.piecespanel.ui.common.DialogService;
import javafx.application.HostServices;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

/** The window's dialogs and the desktop, built before the shell's view exists (notifications attach to it later). */
public final class PanelServices {
    private final StackPane toasts = new StackPane();
    private final FxDialogs dialogs;
    private final FxDesktop desktop;

    private PanelServices(Window owner, HostServices host) {
        this.dialogs = new FxDialogs(owner, toasts);
        this.desktop = new FxDesktop(host);
    }

    public static PanelServices forWindow(Window owner, HostServices host) {
        return new PanelServices(owner, host);
    }

    /** Notifications from now on appear above {@code shell}'s pages. */
    public void attach(ShellView shell) {
        toasts.setPickOnBounds(false);
        shell.toastLayer().getChildren().add(toasts);
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public DesktopIntegration desktop() {
        return desktop;
    }
}
