package app.piecespanel.simulator;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A situation the simulated PiecesOS is in, mostly about updates; {@link #cliName()} is the command-line name. */
public enum Scenario {
    UP_TO_DATE("up-to-date"),
    /** First check: AVAILABLE; then DOWNLOADING with rising percentage; then READY_TO_RESTART; a restart installs it. */
    UPDATE_AVAILABLE("update-available"),
    REINSTALL_REQUIRED("reinstall-required"),
    CONTACT_SUPPORT("contact-support"),
    /** The update check answers a status no client knows. */
    UNKNOWN_STATUS("unknown-status"),
    /** Up to date, and granting a permission restarts PiecesOS. */
    GRANT_RESTARTS("grant-restarts"),
    /** Up to date, and someone is signed in. */
    SIGNED_IN("signed-in");

    private final String cliName;

    Scenario(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** Accepts the kebab-case name ({@code update-available}) or the constant's name, in any case. */
    public static Scenario fromName(String name) {
        String wanted = name == null ? "" : name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Scenario s : values()) {
            if (s.cliName.equals(wanted)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown scenario '" + name + "'; expected one of "
                + Arrays.stream(values()).map(Scenario::cliName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
