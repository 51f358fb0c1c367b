package app.piecespanel.api.model;

import java.util.List;

/** Returned by {@code POST /os/sign_out}: the users still signed in (usually none). */
public record Users(
        EmbeddedModelSchema schema,
        List<UserProfile> iterable) {
    public Users {
        iterable = iterable == null ? List.of() : List.copyOf(iterable);
    }
}
