package app.piecespanel.ui.shell;

import app.piecespanel.ui.common.DesktopIntegration;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javafx.application.HostServices;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;

/**
 * The desktop through JavaFX: the clipboard, and the desktop's own handler for files, folders and web pages (never
 * a shell; only paths that exist).
 */
final class FxDesktop implements DesktopIntegration {
    private final HostServices host;

    FxDesktop(HostServices host) {
        this.host = host;
    }

    @Override
    public void copyToClipboard(String text) {
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, text));
    }

    @Override
    public boolean open(Path path) {
        if (!Files.exists(path)) {
            return false;
        }
        host.showDocument(path.toUri().toString());
        return true;
    }

    @Override
    public boolean reveal(Path path) {
        Path folder = Files.isDirectory(path) ? path : path.getParent();
        return folder != null && open(folder);
    }

    @Override
    public boolean browse(URI uri) {
        String scheme = uri.getScheme();
        if (!"http".equals(scheme) && !"https".equals(scheme)) {
            return false;
        }
        host.showDocument(uri.toString());
        return true;
    }
}
