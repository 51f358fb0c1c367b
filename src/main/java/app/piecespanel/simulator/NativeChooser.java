package app.piecespanel.simulator;

import java.awt.GraphicsEnvironment;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;

/** A real file or folder chooser on this machine, for the interactive demo; only where JavaFX runs with a display. */
final class NativeChooser {
    private NativeChooser() {}

    /** The person's choice ({@code []} when cancelled), or empty when no chooser can be shown here. */
    static Optional<CompletableFuture<List<String>>> open(boolean folders, List<String> extensions, Boolean multiple) {
        if (!displayAvailable()) {
            return Optional.empty();
        }
        CompletableFuture<List<String>> choice = new CompletableFuture<>();
        try {
            Platform.runLater(() -> {
                try {
                    choice.complete(show(folders, extensions, multiple));
                } catch (RuntimeException e) {
                    choice.completeExceptionally(e);
                }
            });
        } catch (IllegalStateException toolkitNotRunning) {
            return Optional.empty();
        }
        return Optional.of(choice);
    }

    private static boolean displayAvailable() {
        if (GraphicsEnvironment.isHeadless()) {
            return false;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        boolean needsDisplayVariable = !os.contains("win") && !os.contains("mac");
        return !needsDisplayVariable || System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }

    private static List<String> show(boolean folders, List<String> extensions, Boolean multiple) {
        if (folders) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("PiecesOS (simulated): choose a folder");
            File dir = chooser.showDialog(null);
            return dir == null ? List.of() : List.of(dir.getAbsolutePath());
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("PiecesOS (simulated): choose files");
        if (extensions != null && !extensions.isEmpty()) {
            List<String> globs = new ArrayList<>();
            for (String e : extensions) {
                globs.add("*." + e.replaceFirst("^\\*?\\.", ""));
            }
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(String.join(", ", globs), globs));
        }
        List<String> paths = new ArrayList<>();
        if (Boolean.FALSE.equals(multiple)) {
            File f = chooser.showOpenDialog(null);
            if (f != null) {
                paths.add(f.getAbsolutePath());
            }
        } else {
            List<File> files = chooser.showOpenMultipleDialog(null);
            if (files != null) {
                files.forEach(f -> paths.add(f.getAbsolutePath()));
            }
        }
        return List.copyOf(paths);
    }
}
