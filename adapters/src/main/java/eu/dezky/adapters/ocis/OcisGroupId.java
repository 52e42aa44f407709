package eu.dezky.adapters.ocis;

import java.util.Objects;

/** An oCIS group id; membership calls need the id, never the name (B9). */
public record OcisGroupId(String value) {

    /** Required and non-blank. */
    public OcisGroupId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank oCIS group id");
        }
    }
}
