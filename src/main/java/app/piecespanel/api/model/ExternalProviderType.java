package app.piecespanel.api.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/** ExternalProviderTypeEnum: a login provider. */
public record ExternalProviderType(@JsonValue String value) implements OpenEnum<ExternalProviderType.Known> {
    public ExternalProviderType {
        Objects.requireNonNull(value, "value");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ExternalProviderType of(String value) {
        return new ExternalProviderType(value);
    }

    public static ExternalProviderType of(Known known) {
        return new ExternalProviderType(known.wire());
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
        GITHUB("github"),
        AUTH0("auth0"),
        GOOGLE_OAUTH2("google-oauth2"),
        BITBUCKET("bitbucket"),
        LINKEDIN("linkedin"),
        TWITTER("twitter"),
        FACEBOOK("facebook"),
        WAAD("waad");

        private final String wire;

        Known(String wire) {
            this.wire = wire;
        }

        @Override
        public String wire() {
            return wire;
        }
    }
}
