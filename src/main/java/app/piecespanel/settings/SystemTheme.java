package app.piecespanel.settings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Whether the operating system is set to a dark appearance, where that can be known: GNOME's colour scheme or GTK
 * theme, macOS's interface style, Windows' app mode. Runs fixed commands (never anything given by a server) with a
 * short deadline; call it off the UI thread. {@code -Dpanel.systemTheme=dark|light} forces the answer.
 */
public final class SystemTheme {
    private SystemTheme() {}

    /** Dark (true), light (false), or empty when this system does not say. */
    public static Optional<Boolean> prefersDark() {
        String forced = System.getProperty("panel.systemTheme", "");
        if (forced.equals("dark") || forced.equals("light")) {
            return Optional.of(forced.equals("dark"));
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            // the key exists only in dark mode
            return run("defaults", "read", "-g", "AppleInterfaceStyle").map(out -> out.toLowerCase(Locale.ROOT)
                    .contains("dark")).or(() -> Optional.of(false));
        }
        if (os.contains("win")) {
            return run("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme").flatMap(SystemTheme::windowsAnswer);
        }
        String gtk = System.getenv("GTK_THEME");
        if (gtk != null && !gtk.isBlank()) {
            return Optional.of(gtk.toLowerCase(Locale.ROOT).contains("dark"));
        }
        Optional<Boolean> scheme = run("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")
                .flatMap(SystemTheme::gnomeScheme);
        if (scheme.isPresent()) {
            return scheme;
        }
        return run("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme")
                .map(out -> out.toLowerCase(Locale.ROOT).contains("dark"));
    }

    static Optional<Boolean> gnomeScheme(String out) {
        String s = out.strip().replace("'", "");
        return switch (s) {
            case "prefer-dark" -> Optional.of(true);
            case "prefer-light" -> Optional.of(false);
            default -> Optional.empty(); // "default" leaves it to the GTK theme
        };
    }

    static Optional<Boolean> windowsAnswer(String out) {
        for (String line : out.lines().toList()) {
            if (line.contains("AppsUseLightTheme")) {
                return Optional.of(line.strip().endsWith("0x0"));
            }
        }
        return Optional.empty();
    }

    /** The command's standard output when it ran and succeeded within two seconds. */
    private static Optional<String> run(String... command) {
        Process p;
        try {
            p = new ProcessBuilder(List.of(command)).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException | RuntimeException notThere) {
            return Optional.empty();
        }
        try (InputStream in = p.getInputStream()) {
            p.getOutputStream().close();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            return p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            p.destroyForcibly();
            return Optional.empty();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
