package eu.dezky.adapters.authentik;

import java.util.Objects;
import java.util.UUID;

/** An authenticated session's uuid, the key to delete it by. */
public record AuthentikSessionId(UUID value) {

    /** Required. */
    public AuthentikSessionId {
        Objects.requireNonNull(value, "value");
    }
}
