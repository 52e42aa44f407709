package eu.dezky.adapters.ocis;

import java.util.Objects;

/** An oCIS user id (a UUID string with the built-in IDM; kept opaque). */
public record OcisUserId(String value) {

    /** Required and non-blank. */
    public OcisUserId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank oCIS user id");
        }
    }
}
