package app.piecespanel.ui.common;

import atlantafx.base.theme.Styles;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The frame a section's page shares with the others: a title and a line under it, the content in a column of
 * readable width that scrolls, and the shared looks of {@code section-page.css} (cards {@code .page-card}, badges
 * {@code .badge.tone-good|waiting|bad|neutral}, callouts {@code .callout.callout-accent|neutral}).
 */
public final class SectionPage {
    private SectionPage() {}

    /** The page's title and the line under it. */
    public static VBox headings(String title, String subtitle) {
        return new VBox(4, title(title), wrapped(subtitle, Styles.TEXT_MUTED));
    }

    /** A page's title. */
    public static Label title(String text) {
        Label t = new Label(text);
        t.getStyleClass().add(Styles.TITLE_2);
        return t;
    }

    /** {@code children} one under the other, scrolling; {@code stylesheet} is the feature's own, beside its class. */
    public static ScrollPane scrolling(String id, Class<?> feature, String stylesheet, Node... children) {
        VBox page = new VBox(16, children);
        page.setPadding(new Insets(24, 32, 32, 32));
        page.setMaxWidth(880);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().addAll("section-scroll", "edge-to-edge");
        scroll.setId(id);
        scroll.getStylesheets().addAll(
                Objects.requireNonNull(SectionPage.class.getResource("section-page.css")).toExternalForm(),
                Objects.requireNonNull(feature.getResource(stylesheet)).toExternalForm());
        return scroll;
    }

    /** A label that wraps and is never cut to "…" in height. */
    public static Label wrapped(String text, String... styles) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().addAll(styles);
        return l;
    }
}
