package app.piecespanel.settings;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The settings file, {@code settings.json} in the person's configuration directory.
 *
 * <p>Written atomically (a new file beside it, flushed to disk, then renamed over the old one), so a crash or a full
 * disk never leaves half a file. Read leniently: a value that makes no sense falls back to its default and the rest
 * is kept; a file that is not JSON at all means defaults. Either way the person is told, and the file as it was is
 * kept beside it as {@code settings.json.damaged}, so nothing is lost.
 */
public final class SettingsStore {
    static final String FILE = "settings.json";
    private static final long MAX_BYTES = 1 << 20;

    private final Path directory;

    public SettingsStore(Path directory) {
        this.directory = directory;
    }

    /** What was read, and what to tell the person when it was not all usable. */
    public record Loaded(PanelSettings settings, Optional<String> notice) {}

    /**
     * The directory for this user: {@code -Dpanel.configDir} when set, else the platform's place for application
     * settings ({@code %APPDATA%}, {@code ~/Library/Application Support}, or {@code $XDG_CONFIG_HOME}).
     */
    public static Path defaultDirectory() {
        String forced = System.getProperty("panel.configDir");
        if (forced != null && !forced.isBlank()) {
            return Path.of(forced);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home", "."));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming"))
                    .resolve("Pieces OS Control Panel");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Pieces OS Control Panel");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("pieces-os-control-panel");
    }

    public Path file() {
        return directory.resolve(FILE);
    }

    private static volatile EarlyRead early;

    private record EarlyRead(Path directory, java.util.concurrent.CompletableFuture<Loaded> loaded) {}

    /**
     * Starts reading the settings of {@code directory} on a thread of its own, so the JSON library loads while
     * JavaFX starts, not before the first frame; {@link #load()} of the same directory then takes that read.
     */
    public static void readEarly(Path directory) {
        java.util.concurrent.CompletableFuture<Loaded> f = new java.util.concurrent.CompletableFuture<>();
        early = new EarlyRead(directory, f);
        Thread t = new Thread(() -> {
            try {
                f.complete(new SettingsStore(directory).readNow());
            } catch (RuntimeException | Error failed) {
                f.completeExceptionally(failed); // load() reads again and meets the same trouble where it can say so
            }
        }, "settings-early-read");
        t.setDaemon(true);
        t.start();
    }

    /** Reads the settings (or takes the early read of this directory); never fails (no file means defaults). */
    public Loaded load() {
        EarlyRead e = early;
        if (e != null && e.directory().equals(directory)) {
            early = null;
            try {
                return e.loaded().join();
            } catch (java.util.concurrent.CompletionException failed) {
                return readNow();
            }
        }
        return readNow();
    }

    private Loaded readNow() {
        JsonFile.Outcome read = JsonFile.read(file(), MAX_BYTES, "it is far larger than a settings file can be");
        if (read instanceof JsonFile.Outcome.Missing) {
            return new Loaded(PanelSettings.defaults(), Optional.empty());
        } else if (read instanceof JsonFile.Outcome.Unreadable u) {
            return new Loaded(PanelSettings.defaults(), Optional.of("Your settings could not be read from " + file()
                    + " (" + u.reason() + "), so the panel uses its defaults for now."));
        } else if (read instanceof JsonFile.Outcome.Damaged d) {
            return damaged(d.why());
        }
        JsonNode root = ((JsonFile.Outcome.Read) read).root();
        if (!root.isObject()) {
            return damaged("it does not hold settings");
        }
        List<String> dropped = new ArrayList<>();
        PanelSettings s = read(root, dropped);
        if (dropped.isEmpty()) {
            return new Loaded(s, Optional.empty());
        }
        Path copy = keepCopy();
        return new Loaded(s, Optional.of("Some of your settings could not be read (" + String.join(", ", dropped)
                + ") and are back to their defaults." + (copy == null ? "" : " The file as it was is kept as "
                + copy + ".")));
    }

    private Loaded damaged(String why) {
        Path copy = keepCopy();
        return new Loaded(PanelSettings.defaults(), Optional.of("Your settings file " + file() + " could not be used ("
                + why + "), so the panel started with its defaults." + (copy == null ? ""
                : " The file as it was is kept as " + copy + ".")));
    }

    private Path keepCopy() {
        return AtomicFile.keepDamagedCopy(file());
    }

    private static PanelSettings read(JsonNode root, List<String> dropped) {
        PanelSettings d = PanelSettings.defaults();
        ThemeChoice theme = d.theme();
        JsonNode t = root.get("theme");
        if (t != null) {
            Optional<ThemeChoice> c = t.isString() ? ThemeChoice.fromKey(t.asString()) : Optional.empty();
            if (c.isPresent()) {
                theme = c.get();
            } else {
                dropped.add("theme");
            }
        }
        Optional<URI> address = Optional.empty();
        boolean remote = false;
        JsonNode a = root.get("address");
        JsonNode r = root.get("allowRemote");
        if (r != null && !r.isBoolean()) {
            dropped.add("permission for another computer");
        } else if (r != null) {
            remote = r.asBoolean();
        }
        if (a != null && !a.isNull()) {
            AddressRule.Verdict v = a.isString() ? AddressRule.check(a.asString()) : new AddressRule.Verdict.Unusable("");
            if (v instanceof AddressRule.Verdict.Usable u && (u.loopback() || remote)) {
                address = Optional.of(u.uri());
            } else {
                dropped.add("address");
            }
        }
        Duration every = d.updateChecks();
        JsonNode h = root.get("updateCheckMinutes");
        if (h != null) {
            Duration candidate = h.isIntegralNumber() && h.canConvertToLong() ? Duration.ofMinutes(h.asLong()) : null;
            if (candidate != null && PanelSettings.UPDATE_INTERVALS.contains(candidate)) {
                every = candidate;
            } else {
                dropped.add("how often to check for updates");
            }
        }
        Optional<WindowPlace> window = Optional.empty();
        JsonNode w = root.get("window");
        if (w != null) {
            WindowPlace p = w.isObject() && numbers(w, "x", "y", "width", "height")
                    ? new WindowPlace(w.get("x").asDouble(), w.get("y").asDouble(), w.get("width").asDouble(),
                            w.get("height").asDouble(), w.path("maximized").asBoolean(false))
                    : null;
            if (p != null && p.plausible()) {
                window = Optional.of(p);
            } else {
                dropped.add("window position");
            }
        }
        JsonNode sys = root.get("systemWasDark");
        Optional<Boolean> systemWasDark = sys != null && sys.isBoolean() ? Optional.of(sys.asBoolean()) : Optional.empty();
        return new PanelSettings(theme, address, remote, every, window, systemWasDark);
    }

    private static boolean numbers(JsonNode o, String... names) {
        for (String n : names) {
            if (!o.path(n).isNumber()) {
                return false;
            }
        }
        return true;
    }

    /** Writes {@code s} atomically; on failure the old file is untouched. */
    public void save(PanelSettings s) throws IOException {
        ObjectNode root = JsonFile.object();
        root.put("version", 1);
        root.put("theme", s.theme().key());
        s.address().ifPresentOrElse(u -> root.put("address", u.toString()), () -> root.putNull("address"));
        root.put("allowRemote", s.allowRemote());
        root.put("updateCheckMinutes", s.updateChecks().toMinutes());
        s.systemWasDark().ifPresent(d -> root.put("systemWasDark", d));
        s.window().ifPresent(w -> {
            ObjectNode o = root.putObject("window");
            o.put("x", w.x());
            o.put("y", w.y());
            o.put("width", w.width());
            o.put("height", w.height());
            o.put("maximized", w.maximized());
        });
        JsonFile.write(file(), root);
    }
}
