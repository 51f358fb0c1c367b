package app.piecespanel.simulator;

/** The operating system the simulated PiecesOS pretends to run on; permissions exist only on macOS and Windows. */
public enum SimPlatform {
    MACOS,
    WINDOWS,
    LINUX;

    boolean hasPermissions() {
        return this != LINUX;
    }
}
