package app.piecespanel.api.model;

import java.util.Optional;

/**
 * An enum of the API read forward-compatibly: the raw text is what is kept, and the known constant is looked up on
 * demand, so a value added by a newer PiecesOS is shown as sent instead of failing the whole response.
 */
public interface OpenEnum<K extends Enum<K> & WireName> {
    /** The text as PiecesOS sent it. */
    String value();

    Class<K> knownType();

    /** The constant this value stands for, or empty when this client does not know it. */
    default Optional<K> known() {
        for (K k : knownType().getEnumConstants()) {
            if (k.wire().equals(value())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    default boolean is(K k) {
        return k.wire().equals(value());
    }
}
