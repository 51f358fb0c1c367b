package app.piecespanel.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * One path a picker returned, as this machine sees it. PiecesOS may run on another machine (or another OS), so the
 * path is split into name and folder by its own separators, and whether it exists here is looked up, not assumed.
 *
 * @param path       exactly as PiecesOS sent it
 * @param name       the last part (the whole path for a root)
 * @param folder     everything before the name; empty when there is none
 * @param kind       what it is here, or what the picker said it is when it is not here
 * @param existsHere whether this machine has something at that path
 * @param size       the size in bytes of a file that exists here
 */
public record PickedPath(String path, String name, String folder, Kind kind, boolean existsHere, OptionalLong size) {

    /** What a picked path is. */
    public enum Kind {
        FILE,
        FOLDER,
        /** Exists here but is neither a file nor a folder (a device, a socket…). */
        OTHER
    }

    private static final Pattern WINDOWS_PATH = Pattern.compile("^([A-Za-z]:[\\\\/]|\\\\\\\\).*");

    /**
     * Looks {@code raw} up on this machine. Touches the file system: call it off the UI thread. {@code from} says
     * which picker answered, which is all there is to go by for a path that is not here.
     */
    static PickedPath examine(String raw, PickKind from) {
        String[] parts = split(raw);
        Kind assumed = from == PickKind.FOLDERS ? Kind.FOLDER : Kind.FILE;
        Optional<Path> local = localPath(raw);
        if (local.isEmpty()) {
            return new PickedPath(raw, parts[0], parts[1], assumed, false, OptionalLong.empty());
        }
        Path p = local.get();
        try {
            if (Files.isDirectory(p)) {
                return new PickedPath(raw, parts[0], parts[1], Kind.FOLDER, true, OptionalLong.empty());
            }
            if (Files.isRegularFile(p)) {
                return new PickedPath(raw, parts[0], parts[1], Kind.FILE, true, OptionalLong.of(Files.size(p)));
            }
            if (Files.exists(p)) {
                return new PickedPath(raw, parts[0], parts[1], Kind.OTHER, true, OptionalLong.empty());
            }
        } catch (IOException | SecurityException e) {
            // gone between the two looks, or not ours to see: as far as this machine goes, it is not here
        }
        return new PickedPath(raw, parts[0], parts[1], assumed, false, OptionalLong.empty());
    }

    /** The same path looked up again (it may have been created, moved or deleted since). */
    PickedPath reexamine(PickKind from) {
        return examine(path, from);
    }

    /** This path on this machine, if it names one here (an absolute path this file system accepts). */
    Optional<Path> localPath() {
        return localPath(path);
    }

    private static Optional<Path> localPath(String raw) {
        if (raw == null || raw.isBlank() || raw.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        try {
            Path p = Path.of(raw);
            return p.isAbsolute() ? Optional.of(p) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** {name, folder} by the path's own separators: a Windows path keeps its backslashes on any machine. */
    private static String[] split(String raw) {
        boolean windows = WINDOWS_PATH.matcher(raw).matches();
        String s = raw;
        while (s.length() > 1 && isSeparator(s.charAt(s.length() - 1), windows) && !isRoot(s, windows)) {
            s = s.substring(0, s.length() - 1);
        }
        int cut = -1;
        for (int i = s.length() - 1; i >= 0; i--) {
            if (isSeparator(s.charAt(i), windows)) {
                cut = i;
                break;
            }
        }
        if (cut < 0 || isRoot(s, windows)) {
            return new String[] {s, ""};
        }
        String name = s.substring(cut + 1);
        String folder = s.substring(0, cut);
        if (folder.isEmpty() || (windows && folder.matches("[A-Za-z]:"))) {
            folder = s.substring(0, cut + 1); // the root keeps its separator: "/" or "C:\"
        }
        return new String[] {name, folder};
    }

    private static boolean isSeparator(char c, boolean windows) {
        return c == '/' || (windows && c == '\\');
    }

    private static boolean isRoot(String s, boolean windows) {
        return s.equals("/") || (windows && s.matches("[A-Za-z]:[\\\\/]?"));
    }
}
