package eu.dezky.adapters.ocis;

import eu.dezky.adapters.common.Ownership;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The fields of a LibreGraph {@code user} the engine reads. {@code mail} may be missing (some builds
 * hide it) and {@code accountEnabled} may be null when the server has no disable mechanism.
 */
public record OcisUser(String id, String displayName, String mail, String onPremisesSamAccountName,
                       Boolean accountEnabled, List<Identity> identities) {

    /**
     * Issuer of the identity entry that carries our ownership marker. LibreGraph users have no free-form
     * attributes; {@code identities} is the one schema field the LDAP backend stores and returns (B3).
     */
    public static final String OWNER_ISSUER = "dezky";

    /** Identities are never null after reading. */
    public OcisUser {
        identities = identities == null ? List.of() : List.copyOf(identities);
    }

    /** One {@code objectIdentity}. */
    public record Identity(String issuer, String issuerAssignedId) {
    }

    /** The typed id. */
    public OcisUserId userId() {
        return new OcisUserId(id);
    }

    /** Our marker, when the user carries one. */
    public Optional<Ownership> ownership() {
        return identities.stream().filter(i -> OWNER_ISSUER.equals(i.issuer()) && i.issuerAssignedId() != null)
                .map(i -> i.issuerAssignedId().split("/", -1)).filter(parts -> parts.length == 2)
                .flatMap(parts -> {
                    try {
                        return Stream.of(new Ownership(parts[0], parts[1]));
                    } catch (IllegalArgumentException e) {
                        return Stream.empty();
                    }
                }).findFirst();
    }
}
