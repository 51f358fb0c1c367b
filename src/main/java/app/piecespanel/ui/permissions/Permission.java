package app.piecespanel.ui.permissions;

import app.piecespanel.api.model.OSPermissions;
import app.piecespanel.api.model.OSProcessingPermissions;

/** A processing permission PiecesOS may hold on macOS and Windows. */
public enum Permission {
    /** Reading what is on screen. */
    VISION,
    /** Knowing which app and window is in use. */
    ACCESSIBILITY;

    /** The request body that asks for this permission only. */
    OSPermissions request() {
        return new OSPermissions(null, this == VISION
                ? new OSProcessingPermissions(null, true, null)
                : new OSProcessingPermissions(null, null, true));
    }

    /** This permission's value in an answer, or null when the answer leaves it out. */
    Boolean in(OSPermissions answer) {
        OSProcessingPermissions p = answer == null ? null : answer.processing();
        if (p == null) {
            return null;
        }
        return this == VISION ? p.vision() : p.accessibility();
    }
}
