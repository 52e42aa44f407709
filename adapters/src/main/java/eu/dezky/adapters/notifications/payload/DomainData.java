package eu.dezky.adapters.notifications.payload;

/** A tenant's mail domain and the status it has reached (PROVISIONING, VERIFIED, NEEDS_ATTENTION, FAILED, REMOVED). */
public record DomainData(String tenant, String domain, String status) implements TenantData {

    @Override
    public String subject() {
        return domain;
    }
}
