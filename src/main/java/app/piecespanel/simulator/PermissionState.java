package app.piecespanel.simulator;

import app.piecespanel.api.model.OSPermissions;
import app.piecespanel.api.model.OSProcessingPermissions;

/** The processing permissions of the simulated PiecesOS; on Linux there are none, and asking changes nothing. */
final class PermissionState {
    private final SimPlatform platform;
    private final boolean declined;
    private boolean vision; // guarded by this
    private boolean accessibility; // guarded by this

    /** @param declined the person says no to the operating system's prompt: asking changes nothing */
    PermissionState(SimPlatform platform, boolean declined) {
        this.platform = platform;
        this.declined = declined;
    }

    synchronized OSPermissions current() {
        if (!platform.hasPermissions()) {
            return new OSPermissions(SimJson.SCHEMA, new OSProcessingPermissions(null, null, null));
        }
        return new OSPermissions(SimJson.SCHEMA, new OSProcessingPermissions(null, vision, accessibility));
    }

    /** True when granting {@code wanted} would change anything. */
    synchronized boolean wouldChange(OSPermissions wanted) {
        if (!platform.hasPermissions() || wanted.processing() == null || declined) {
            return false;
        }
        return (isTrue(wanted.processing().vision()) && !vision)
                || (isTrue(wanted.processing().accessibility()) && !accessibility);
    }

    /** Grants what is wanted ({@code true}); never takes a permission away, as the OS asks only to grant. */
    synchronized void grant(OSPermissions wanted) {
        if (!platform.hasPermissions() || wanted.processing() == null || declined) {
            return;
        }
        vision |= isTrue(wanted.processing().vision());
        accessibility |= isTrue(wanted.processing().accessibility());
    }

    private static boolean isTrue(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}
