package app.piecespanel.ui.shell;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which PiecesOS versions the panel knows to work with: like the official clients, {@code >= 12.0.0} and
 * {@code < 13.0.0}, plus the {@code debug} and {@code staging} builds. Anything else still works as far as it can;
 * the panel only says so, quietly.
 */
public final class VersionSupport {
    static final int KNOWN_MAJOR = 12;
    private static final Pattern SEMVER = Pattern.compile("v?(\\d+)\\.(\\d+)(?:\\.(\\d+))?.*");

    private VersionSupport() {}

    /** True when {@code version} is one the panel knows; an empty or missing version is not judged. */
    public static boolean known(String version) {
        if (version == null || version.isBlank()) {
            return true;
        }
        String v = version.strip();
        if (v.equalsIgnoreCase("debug") || v.equalsIgnoreCase("staging")) {
            return true;
        }
        Matcher m = SEMVER.matcher(v);
        return m.matches() && Integer.parseInt(m.group(1)) == KNOWN_MAJOR;
    }

    /** The range in words, for the warning: "12.x". */
    public static String knownRange() {
        return KNOWN_MAJOR + ".x";
    }

    static Optional<String> unknown(String version) {
        return known(version) ? Optional.empty() : Optional.of(version.strip());
    }
}
