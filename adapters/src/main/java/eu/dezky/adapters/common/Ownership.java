package eu.dezky.adapters.common;

import java.util.Objects;

/**
 * Marks an object in an external system as created by dezky for one member of one tenant. Stored in the
 * vendor object (Authentik {@code attributes.dezky}, oCIS {@code identities}) and compared on adopt.
 */
public record Ownership(String tenant, String member) {

    /** Both parts are required and must not contain the separator used in compact forms. */
    public Ownership {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(member, "member");
        if (tenant.isBlank() || member.isBlank() || tenant.contains("/") || member.contains("/")) {
            throw new IllegalArgumentException("tenant and member must be non-blank and contain no '/'");
        }
    }

    /** {@code tenant/member}, for vendors that keep one string. */
    public String compact() {
        return tenant + "/" + member;
    }
}
