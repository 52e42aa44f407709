package eu.dezky.adapters.notifications.payload;

/**
 * A tenant's domain is being taken from it with its mailboxes, aliases and lists: {@code reason} is EXPIRED (its
 * ownership was never proven in time) or TAKEN_OVER (another tenant proved ownership in DNS).
 */
public record DomainReleasedData(String tenant, String domain, String reason) implements TenantData {

    @Override
    public String subject() {
        return domain;
    }
}
