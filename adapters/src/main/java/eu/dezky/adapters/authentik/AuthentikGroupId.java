package eu.dezky.adapters.authentik;

import java.util.Objects;
import java.util.UUID;

/** Authentik's group pk, a UUID ({@code group_uuid} in paths). */
public record AuthentikGroupId(UUID value) {

    /** Required. */
    public AuthentikGroupId {
        Objects.requireNonNull(value, "value");
    }
}
