package app.piecespanel.api.model;

/** A known enum constant together with the exact text it has on the wire (its name, unless it says otherwise). */
public interface WireName {
    default String wire() {
        return ((Enum<?>) this).name();
    }
}
