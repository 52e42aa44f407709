package eu.dezky.platform.security;

import java.util.Arrays;
import java.util.Optional;

/** The three kinds of caller; the names here are ours, the {@code aud} values in tokens are configurable. */
public enum Audience {
    CUSTOMER_ADMIN("customer-admin"),
    PARTNER("partner"),
    OPERATOR("operator");

    private final String claimName;

    Audience(String claimName) {
        this.claimName = claimName;
    }

    /** Our canonical name, used in the dev token API, in metadata and as the key of the configured audience. */
    public String claimName() {
        return claimName;
    }

    public static Optional<Audience> fromName(String name) {
        return Arrays.stream(values()).filter(a -> a.claimName.equals(name)).findFirst();
    }
}
