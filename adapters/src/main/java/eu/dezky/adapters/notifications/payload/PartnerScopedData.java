package eu.dezky.adapters.notifications.payload;

/**
 * The payload of a partner's own event: keyed by the partner's id, from source {@code /partners/{id}}, so a
 * partner's events stay in order as a tenant's do.
 */
public interface PartnerScopedData extends PublicData {

    String partnerId();

    @Override
    default String key() {
        return partnerId();
    }

    @Override
    default String source() {
        return "/partners/" + partnerId();
    }
}
