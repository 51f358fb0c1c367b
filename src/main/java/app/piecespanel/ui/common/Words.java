package app.piecespanel.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of one feature, from its resource bundle (UTF-8 {@code .properties} beside the code). Every text goes
 * through {@link MessageFormat}, so {@code {0}} takes an argument; pass numbers that are not quantities (ports,
 * versions) as strings, or they gain thousands separators. Use a typographic apostrophe (’) in the bundles.
 */
public final class Words {
    private final ResourceBundle bundle;

    private Words(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The bundle {@code name} in {@code anchor}'s package, e.g. {@code Words.of(ShellView.class, "shell")}. */
    public static Words of(Class<?> anchor, String name) {
        return new Words(ResourceBundle.getBundle(anchor.getPackageName() + "." + name, Locale.getDefault(),
                anchor.getClassLoader()));
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "⟨" + key + "⟩"; // visible in a screenshot, never a crash
        }
        return new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
