package app.piecespanel.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** EmbeddedModelSchemaSemanticVersionEnum. */
public record SchemaVersion(@JsonValue String value) implements OpenEnum<SchemaVersion.Known> {
    public SchemaVersion {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SchemaVersion of(String value) {
        return new SchemaVersion(value);
    }

    public static SchemaVersion of(Known known) {
        return new SchemaVersion(known.wire());
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
        MAJOR_0_MINOR_0_PATCH_1
    }
}
