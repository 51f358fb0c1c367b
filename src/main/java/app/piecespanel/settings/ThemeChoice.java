package app.piecespanel.settings;

import java.util.Locale;
import java.util.Optional;

/** Which theme the panel wears: the system's, a fixed one, or the one chosen in the person's Pieces account. */
public enum ThemeChoice {
    SYSTEM,
    LIGHT,
    DARK,
    ACCOUNT;

    /** The name written to the settings file. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<ThemeChoice> fromKey(String key) {
        for (ThemeChoice c : values()) {
            if (c.key().equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
