package app.piecespanel.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** AllocationStatusEnum: the state of a personal cloud. */
public record AllocationStatus(@JsonValue String value) implements OpenEnum<AllocationStatus.Known> {
    public AllocationStatus {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AllocationStatus of(String value) {
        return new AllocationStatus(value);
    }

    public static AllocationStatus of(Known known) {
        return new AllocationStatus(known.wire());
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
        PENDING,
        RUNNING,
        FAILED,
        SUCCEEDED,
        UNKNOWN
    }
}
