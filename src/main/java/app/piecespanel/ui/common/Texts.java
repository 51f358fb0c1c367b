package app.piecespanel.ui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** The labels every page builds the same way: its title, and text that wraps without being cut off. */
public final class Texts {
    private Texts() {}

    /** A page's title. */
    public static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_2);
        return l;
    }

    /** Text that wraps at the page's width and always shows whole (never "…"). */
    public static Label wrapped(String text, String... styles) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll(styles);
        return l;
    }
}
