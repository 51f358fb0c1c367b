package app.piecespanel.ui.testkit;

import app.piecespanel.ui.common.DesktopIntegration;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A desktop that remembers what the panel asked of it, so tests see the clipboard and what was opened. */
public final class RecordingDesktop implements DesktopIntegration {
    public final List<String> clipboard = new CopyOnWriteArrayList<>();
    public final List<Path> opened = new CopyOnWriteArrayList<>();
    public final List<Path> revealed = new CopyOnWriteArrayList<>();
    public final List<URI> browsed = new CopyOnWriteArrayList<>();

    /** The text most recently copied, or null. */
    public String lastCopied() {
        return clipboard.isEmpty() ? null : clipboard.get(clipboard.size() - 1);
    }

    @Override
    public void copyToClipboard(String text) {
        clipboard.add(text);
    }

    @Override
    public boolean open(Path path) {
        opened.add(path);
        return true;
    }

    @Override
    public boolean reveal(Path path) {
        revealed.add(path);
        return true;
    }

    @Override
    public boolean browse(URI uri) {
        browsed.add(uri);
        return true;
    }
}
