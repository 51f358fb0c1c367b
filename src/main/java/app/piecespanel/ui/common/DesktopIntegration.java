package app.piecespanel.ui.common;

import java.nio.file.Path;

/** What the panel asks of the person's desktop, behind an interface so tests can see it without a desktop. */
public interface DesktopIntegration {
    void copyToClipboard(String text);

    /** Opens a file or folder with its default application; false when the desktop cannot. */
    boolean open(Path path);

    /** Shows a file in its folder in the file manager; false when the desktop cannot. */
    boolean reveal(Path path);

    /** Opens a web page in the browser; false when the desktop cannot. */
    boolean browse(java.net.URI uri);
}
