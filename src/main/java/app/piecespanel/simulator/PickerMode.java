package app.piecespanel.simulator;

/** How the simulator answers the file and folder pickers. */
public enum PickerMode {
    /** From queues a test fills ({@link PiecesOsSimulator#queueFilePick}); an empty queue answers {@code []}. */
    SCRIPT,
    /** A real chooser on this machine when JavaFX runs with a display; otherwise as {@link #SCRIPT}. */
    NATIVE
}
