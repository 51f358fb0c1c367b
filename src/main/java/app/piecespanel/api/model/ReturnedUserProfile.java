package app.piecespanel.api.model;

/** Wrapper whose {@code user} is absent when nobody is signed in. */
public record ReturnedUserProfile(
        EmbeddedModelSchema schema,
        UserProfile user) {}
