package app.piecespanel.settings;

/** Where the window was and how big, in screen coordinates, when it was last closed. */
public record WindowPlace(double x, double y, double width, double height, boolean maximized) {

    /** Sizes and positions a window manager could have produced; anything else is ignored when read. */
    public boolean plausible() {
        return Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height)
                && width >= 200 && height >= 150 && width <= 100_000 && height <= 100_000
                && Math.abs(x) <= 100_000 && Math.abs(y) <= 100_000;
    }
}
