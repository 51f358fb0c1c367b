package app.piecespanel.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** How a path from PiecesOS (which may run on another OS) is split for the table. */
class PickedPathTest {
    private static void splits(String raw, String name, String folder) {
        PickedPath p = PickedPath.examine(raw, PickKind.FILES);
        assertEquals(name, p.name(), raw);
        assertEquals(folder, p.folder(), raw);
    }

    @Test
    void splitsUnixAndWindowsPathsByTheirOwnSeparators() {
        splits("/home/ada/notes.md", "notes.md", "/home/ada");
        splits("/notes.md", "notes.md", "/");
        splits("/home/ada/projects/", "projects", "/home/ada");
        splits("/", "/", "");
        splits("C:\\Users\\ada\\notes.md", "notes.md", "C:\\Users\\ada");
        splits("C:\\notes.md", "notes.md", "C:\\");
        splits("D:\\", "D:\\", "");
        splits("\\\\server\\share\\report.pdf", "report.pdf", "\\\\server\\share");
        splits("relative.txt", "relative.txt", "");
        splits("", "", "");
    }

    @Test
    void somethingThatIsNotAPathHereIsNotHereRatherThanAnError() {
        for (String raw : new String[] {"", "relative/file.txt", "/nul\0byte", "C:\\Users\\ada\\x.md"}) {
            PickedPath p = PickedPath.examine(raw, PickKind.FOLDERS);
            assertFalse(p.existsHere(), raw);
            assertEquals(PickedPath.Kind.FOLDER, p.kind(), "what the picker said, for lack of better: " + raw);
        }
    }
}
