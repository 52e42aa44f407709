package eu.dezky.adapters.notifications.payload;

/** A new tenant: its slug, display name, partner (null when sold directly) and its owner's e-mail address. */
public record TenantCreatedData(String tenant, String displayName, String partnerId, String ownerEmail)
        implements TenantData {

    @Override
    public String subject() {
        return tenant;
    }
}
