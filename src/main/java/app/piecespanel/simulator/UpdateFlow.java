package app.piecespanel.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The update state machine: which status a check answers in each scenario, the download's wall-clock progress, and
 * the install on restart (a new version, then up to date).
 */
final class UpdateFlow {
    /** What a client that knows every status would never expect (the contract: "UNKNOWN should not happen but does"). */
    static final String UNLISTED_STATUS = "PAUSED_BY_POLICY";

    record Answer(String status, Double percentage, Instant updated) {}

    private final Duration downloadDuration;
    private Scenario scenario; // guarded by this
    private String version; // guarded by this
    private long downloadStartedNanos = -1; // guarded by this; -1 = not started
    private Instant installedAt; // guarded by this

    UpdateFlow(Scenario scenario, String version, Duration downloadDuration) {
        this.scenario = scenario;
        this.version = version;
        this.downloadDuration = downloadDuration;
    }

    synchronized Scenario scenario() {
        return scenario;
    }

    synchronized String version() {
        return version;
    }

    /** Starts the scenario afresh (an update that was downloading is forgotten). */
    synchronized void setScenario(Scenario s) {
        scenario = s;
        downloadStartedNanos = -1;
    }

    synchronized Answer check() {
        switch (scenario) {
            case UPDATE_AVAILABLE:
                if (downloadStartedNanos < 0) {
                    downloadStartedNanos = System.nanoTime(); // found it; the download starts now
                    return new Answer("AVAILABLE", null, null);
                }
                if (downloaded()) {
                    return new Answer("READY_TO_RESTART", 100.0, null);
                }
                double fraction = (double) (System.nanoTime() - downloadStartedNanos) / Math.max(1, downloadDuration.toNanos());
                double percentage = Math.min(100.0, Math.round(fraction * 1000) / 10.0);
                return new Answer("DOWNLOADING", percentage, null);
            case REINSTALL_REQUIRED:
                return new Answer("REINSTALL_REQUIRED", null, null);
            case CONTACT_SUPPORT:
                return new Answer("CONTACT_SUPPORT", null, null);
            case UNKNOWN_STATUS:
                return new Answer(UNLISTED_STATUS, null, null);
            default:
                return new Answer("UP_TO_DATE", null, installedAt);
        }
    }

    private boolean downloaded() {
        return downloadStartedNanos >= 0 && System.nanoTime() - downloadStartedNanos >= downloadDuration.toNanos();
    }

    /** Called as PiecesOS comes back from a restart: a finished download is installed. */
    synchronized void onRestart() {
        if (scenario == Scenario.UPDATE_AVAILABLE && downloaded()) {
            version = nextVersion(version);
            installedAt = Instant.now();
            scenario = Scenario.UP_TO_DATE;
            downloadStartedNanos = -1;
        }
    }

    /** 12.3.1 -> 12.4.0: the next minor release. */
    static String nextVersion(String v) {
        Matcher m = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)(.*)").matcher(v);
        if (!m.matches()) {
            return v + ".1";
        }
        return m.group(1) + "." + (Integer.parseInt(m.group(2)) + 1) + ".0";
    }
}
