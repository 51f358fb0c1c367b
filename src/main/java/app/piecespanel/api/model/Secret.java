package app.piecespanel.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A value that must never be shown, logged, exported or copied (tokens and keys in the profile). Its
 * {@link #toString()} is a fixed mask, so any record holding one prints safely; only the wire format sees the text.
 */
public final class Secret {
    public static final String MASK = "[redacted]";
    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Secret of(String value) {
        return new Secret(value);
    }

    /** The secret's text, for the wire only. */
    @JsonValue
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return MASK;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }
}
