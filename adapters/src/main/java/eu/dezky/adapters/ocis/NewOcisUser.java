package eu.dezky.adapters.ocis;

import eu.dezky.adapters.common.Ownership;

import java.util.Objects;

/**
 * What the engine asks oCIS to create. {@code username} becomes {@code onPremisesSamAccountName} and
 * must equal the Authentik username (integration note C); {@code mail} and {@code password} may be null.
 */
public record NewOcisUser(String username, String displayName, String mail, String password, Ownership owner) {

    /** Username, display name and owner are required. */
    public NewOcisUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(owner, "owner");
    }
}
