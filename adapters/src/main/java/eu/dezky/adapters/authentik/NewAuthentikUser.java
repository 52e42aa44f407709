package eu.dezky.adapters.authentik;

import eu.dezky.adapters.common.Ownership;

import java.util.Objects;

/** What the engine asks Authentik to create; {@code email} may be null. */
public record NewAuthentikUser(String username, String name, String email, Ownership owner) {

    /** Username, name and owner are required (Authentik requires the name key, even if blank). */
    public NewAuthentikUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
    }
}
