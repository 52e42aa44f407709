package eu.dezky.adapters.notifications.payload;

/** A new mail alias {@code address} delivering to the mailbox of member {@code memberId}, being provisioned. */
public record AliasCreatedData(String tenant, String address, String memberId, String mailbox, String status)
        implements TenantData {

    @Override
    public String subject() {
        return address;
    }
}
