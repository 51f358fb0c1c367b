package app.piecespanel.ui.testkit;

import app.piecespanel.ui.common.Section;
import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A section's page alone in a TestFX stage the size of the shell's page, and the small reads a view test needs,
 * each on the JavaFX thread: a node's text, whether it is shown, every text on screen.
 */
public final class FxPage {
    private final Stage stage;

    private FxPage(Stage stage) {
        this.stage = stage;
    }

    /** Puts {@code section}'s view in {@code stage} (PrimerLight, 880x700) and shows it. */
    public static FxPage show(Stage stage, Section section) {
        call(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            stage.setScene(new Scene((Parent) section.view(), 880, 700));
            stage.show();
            return null;
        });
        return new FxPage(stage);
    }

    /** Runs {@code c} on the JavaFX thread and returns its value. */
    public static <T> T call(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("on the FX thread: " + e, e);
        }
    }

    /** Waits until {@code condition} (read on the JavaFX thread) holds; fails after 10 s naming {@code what}. */
    public void waitFor(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> call(condition));
        } catch (Exception e) {
            throw new AssertionError("Timed out waiting for: " + what, e);
        }
    }

    @SuppressWarnings("unchecked")
    public <T extends Node> T node(String id) {
        Node n = call(() -> stage.getScene().lookup(id));
        if (n == null) {
            throw new AssertionError("no node " + id);
        }
        return (T) n;
    }

    public String text(String id) {
        Node n = node(id);
        return call(() -> n instanceof Labeled l ? l.getText() : ((TextInputControl) n).getText());
    }

    /** Shown: visible itself and every parent visible. */
    public boolean shown(String id) {
        Node n = call(() -> stage.getScene().lookup(id));
        return n != null && call(() -> {
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return true;
        });
    }

    public boolean disabled(String id) {
        Node n = node(id);
        return call(n::isDisabled);
    }

    /** Every text of a label, button or text field in the page, shown or not: what could reach the screen. */
    public String allText() {
        return call(() -> {
            List<String> texts = new ArrayList<>();
            collect(stage.getScene().getRoot(), texts);
            return String.join("\n", texts);
        });
    }

    /** The texts of the shown labels and buttons only. */
    public String shownText() {
        return call(() -> {
            List<String> texts = new ArrayList<>();
            collectShown(stage.getScene().getRoot(), texts);
            return String.join("\n", texts);
        });
    }

    private static void collect(Node n, List<String> out) {
        if (n instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (n instanceof TextInputControl t && t.getText() != null) {
            out.add(t.getText());
        }
        if (n instanceof javafx.scene.control.MenuButton m) {
            m.getItems().forEach(i -> out.add(String.valueOf(i.getText())));
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
        if (n instanceof javafx.scene.control.ScrollPane s && s.getContent() != null) {
            collect(s.getContent(), out);
        }
    }

    private static void collectShown(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            out.add(l.getText());
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collectShown(c, out));
        }
        if (n instanceof javafx.scene.control.ScrollPane s && s.getContent() != null) {
            collectShown(s.getContent(), out);
        }
    }
}
