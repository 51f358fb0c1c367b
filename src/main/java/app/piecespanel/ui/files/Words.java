package app.piecespanel.ui.files;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The Files page's words ({@code Files.properties}), each formatted with MessageFormat (so plurals read right). */
final class Words {
    private final ResourceBundle bundle = ResourceBundle.getBundle(Words.class.getPackageName() + ".Files");

    String get(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), Locale.getDefault()).format(args);
    }
}
