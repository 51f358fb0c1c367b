package app.piecespanel.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** UpdatingStatusEnum, with the current generation's additions: where an update of PiecesOS stands. */
public record UpdatingStatus(@JsonValue String value) implements OpenEnum<UpdatingStatus.Known> {
    public UpdatingStatus {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static UpdatingStatus of(String value) {
        return new UpdatingStatus(value);
    }

    public static UpdatingStatus of(Known known) {
        return new UpdatingStatus(known.wire());
    }

    @Override
    public Class<Known> knownType() {
        return Known.class;
    }

    @Override
    public String toString() {
        return value;
    }

    public enum Known implements WireName {
        READY_TO_RESTART,
        AVAILABLE,
        DOWNLOADING,
        UNKNOWN,
        UP_TO_DATE,
        REINSTALL_REQUIRED,
        CONTACT_SUPPORT,
        UPDATE_VIA_MICROSOFT_STORE
    }
}
