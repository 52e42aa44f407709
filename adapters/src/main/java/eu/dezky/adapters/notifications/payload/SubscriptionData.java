package eu.dezky.adapters.notifications.payload;

/**
 * A tenant's plan from now on: its name, the price per seat per month in minor units of {@code currency} (ISO 4217),
 * what billing needs to follow a tenant without polling.
 */
public record SubscriptionData(String tenant, String plan, long pricePerSeatMinor, String currency)
        implements TenantData {

    @Override
    public String subject() {
        return tenant;
    }
}
