package app.piecespanel.simulator;

/** Which generation of the OS API the simulator speaks (see the contract's "Two generations" table). */
public enum Generation {
    /** Client SDK 2.x: no {@code /.well-known}, pickers under {@code /os/files|folders/pick}, update check {@code {status}}. */
    SEED,
    /** Client SDK 4.x/5.x: {@code /.well-known/*}, pickers under {@code /os/filesystem/...}, update check with progress. */
    CURRENT,
    /** Every path of both generations, with the current generation's update answer. */
    BOTH;

    boolean servesSeedPaths() {
        return this != CURRENT;
    }

    boolean servesCurrentPaths() {
        return this != SEED;
    }
}
