package eu.dezky.adapters.notifications.payload;

/** An alias or distribution list, by address, and the status it has reached (FAILED, NEEDS_ATTENTION, REMOVED). */
public record MailObjectData(String tenant, String address, String status) implements TenantData {

    @Override
    public String subject() {
        return address;
    }
}
