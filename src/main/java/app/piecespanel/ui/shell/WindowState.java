package app.piecespanel.ui.shell;

import app.piecespanel.settings.WindowPlace;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The window's size and place between runs: restored where it was when that is still on a screen (a monitor may
 * have been unplugged since), otherwise centred on the main screen; remembered as its normal (not maximised)
 * bounds plus whether it was maximised.
 */
public final class WindowState {
    /** How much of the window's top edge must be on a screen for it to be reachable (to grab and move it). */
    private static final double GRAB_WIDTH = 120;
    private static final double GRAB_HEIGHT = 30;

    private Rectangle2D normal;
    private Stage stage;

    private WindowState() {}

    /**
     * Where a window goes: {@code saved} when its top edge is reachable on one of {@code screens} (the first is the
     * main one), moved and shrunk to fit that screen; else {@code size} centred on the main screen.
     */
    public static Rectangle2D place(Optional<WindowPlace> saved, List<Rectangle2D> screens, double width,
            double height) {
        Rectangle2D main = screens.get(0);
        if (saved.isPresent() && saved.get().plausible()) {
            WindowPlace w = saved.get();
            for (Rectangle2D s : screens) {
                if (reachable(w, s)) {
                    return fit(new Rectangle2D(w.x(), w.y(), w.width(), w.height()), s);
                }
            }
        }
        double wv = Math.min(width, main.getWidth());
        double hv = Math.min(height, main.getHeight());
        return new Rectangle2D(main.getMinX() + (main.getWidth() - wv) / 2, main.getMinY() + (main.getHeight() - hv) / 2,
                wv, hv);
    }

    /** Enough of the window's top edge lies on {@code screen} to grab it with the mouse. */
    private static boolean reachable(WindowPlace w, Rectangle2D screen) {
        double overlap = Math.min(w.x() + w.width(), screen.getMaxX()) - Math.max(w.x(), screen.getMinX());
        return overlap >= Math.min(GRAB_WIDTH, w.width()) && w.y() >= screen.getMinY()
                && w.y() + GRAB_HEIGHT <= screen.getMaxY();
    }

    private static Rectangle2D fit(Rectangle2D r, Rectangle2D screen) {
        double w = Math.min(r.getWidth(), screen.getWidth());
        double h = Math.min(r.getHeight(), screen.getHeight());
        double x = Math.max(screen.getMinX(), Math.min(r.getMinX(), screen.getMaxX() - w));
        double y = Math.max(screen.getMinY(), Math.min(r.getMinY(), screen.getMaxY() - h));
        return new Rectangle2D(x, y, w, h);
    }

    /** Places {@code stage} as {@link #place} says and starts following its normal bounds. */
    public static WindowState restore(Stage stage, Optional<WindowPlace> saved, double width, double height) {
        List<Rectangle2D> screens = new java.util.ArrayList<>();
        screens.add(Screen.getPrimary().getVisualBounds());
        Screen.getScreens().stream().map(Screen::getVisualBounds).filter(b -> !b.equals(screens.get(0)))
                .forEach(screens::add);
        Rectangle2D at = place(saved, screens, width, height);
        stage.setX(at.getMinX());
        stage.setY(at.getMinY());
        stage.setWidth(at.getWidth());
        stage.setHeight(at.getHeight());
        if (saved.map(WindowPlace::maximized).orElse(false)) {
            stage.setMaximized(true);
        }
        WindowState state = new WindowState();
        state.normal = at;
        Runnable follow = () -> {
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
                state.normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        stage.xProperty().addListener(o -> follow.run());
        stage.yProperty().addListener(o -> follow.run());
        stage.widthProperty().addListener(o -> follow.run());
        stage.heightProperty().addListener(o -> follow.run());
        state.stage = stage;
        return state;
    }

    /**
     * Tells {@code settled} the place once the window has stopped moving or resizing for a second (so a place is
     * kept even when the panel does not get to close normally, say at log-out), not at every pixel of a drag.
     */
    public void whenSettled(java.util.function.Consumer<WindowPlace> settled) {
        javafx.animation.PauseTransition quiet = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
        quiet.setOnFinished(e -> settled.accept(current()));
        javafx.beans.InvalidationListener moved = o -> quiet.playFromStart();
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        stage.widthProperty().addListener(moved);
        stage.heightProperty().addListener(moved);
        stage.maximizedProperty().addListener(moved);
    }

    /** The place to remember now: the normal bounds, and whether the window is maximised. */
    public WindowPlace current() {
        return new WindowPlace(normal.getMinX(), normal.getMinY(), normal.getWidth(), normal.getHeight(),
                stage != null && stage.isMaximized());
    }
}
