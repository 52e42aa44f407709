package eu.dezky.adapters.notifications.payload;

/** A tenant's domain whose ownership is still unproven, and when it will be removed (RFC 3339, UTC). */
public record DomainExpiryData(String tenant, String domain, String expiresAt) implements TenantData {

    @Override
    public String subject() {
        return domain;
    }
}
