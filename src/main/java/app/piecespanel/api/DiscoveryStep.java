package app.piecespanel.api;

/** The ways PiecesOS is looked for, in the order they are tried. */
public enum DiscoveryStep {
    SETTINGS("the address you set"),
    PORT_FILE("the port file PiecesOS writes"),
    SCAN("a scan of ports 39300-39333"),
    LEGACY_PORT("the legacy port");

    private final String words;

    DiscoveryStep(String words) {
        this.words = words;
    }

    /** How the step reads in a sentence: "found through the port file PiecesOS writes". */
    public String words() {
        return words;
    }
}
