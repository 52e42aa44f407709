package eu.dezky.adapters.notifications.payload;

/** The payload of an event of one tenant: keyed by the tenant's slug, from source {@code /tenants/{slug}}. */
public interface TenantData extends PublicData {

    String tenant();

    @Override
    default String key() {
        return tenant();
    }

    @Override
    default String source() {
        return "/tenants/" + tenant();
    }
}
