package app.piecespanel.settings;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the person chose, kept between runs.
 *
 * @param theme the theme to wear
 * @param address where PiecesOS is, when set by hand; empty means find it automatically
 * @param allowRemote the person agreed to connect to an address that is not this computer
 * @param updateChecks how often the Updates page checks by itself ({@link Duration#ZERO}: never)
 * @param window the window's last place, if known
 * @param systemWasDark whether the system's appearance was dark when last read, so the panel opens in the right
 *     theme before the system has been asked again (no flash of light)
 */
public record PanelSettings(ThemeChoice theme, Optional<URI> address, boolean allowRemote, Duration updateChecks,
        Optional<WindowPlace> window, Optional<Boolean> systemWasDark) {

    /** The intervals offered for automatic update checks; a file with another value falls back to the default. */
    public static final List<Duration> UPDATE_INTERVALS = List.of(Duration.ofHours(1), Duration.ofHours(6),
            Duration.ofDays(1), Duration.ZERO);

    public PanelSettings {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(updateChecks, "updateChecks");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(systemWasDark, "systemWasDark");
    }

    public static PanelSettings defaults() {
        return new PanelSettings(ThemeChoice.SYSTEM, Optional.empty(), false, Duration.ofHours(6), Optional.empty(),
                Optional.empty());
    }

    public PanelSettings withTheme(ThemeChoice t) {
        return new PanelSettings(t, address, allowRemote, updateChecks, window, systemWasDark);
    }

    /** A manual address (empty for automatic) and whether a remote one was agreed to. */
    public PanelSettings withAddress(Optional<URI> a, boolean remote) {
        return new PanelSettings(theme, a, remote, updateChecks, window, systemWasDark);
    }

    public PanelSettings withUpdateChecks(Duration every) {
        return new PanelSettings(theme, address, allowRemote, every, window, systemWasDark);
    }

    public PanelSettings withWindow(WindowPlace w) {
        return new PanelSettings(theme, address, allowRemote, updateChecks, Optional.of(w), systemWasDark);
    }

    public PanelSettings withSystemWasDark(boolean dark) {
        return new PanelSettings(theme, address, allowRemote, updateChecks, window, Optional.of(dark));
    }
}
