package eu.dezky.adapters.notifications.payload;

/** A tenant whose status changed (suspended, resumed, offboarded); {@code status} is its status from now on. */
public record TenantStatusData(String tenant, String status) implements TenantData {

    @Override
    public String subject() {
        return tenant;
    }
}
