package eu.dezky.adapters.notifications.payload;

/**
 * A removed member. {@code mailboxKept}: the mailbox was kept because the same person's membership in another tenant
 * still uses it; otherwise the accounts are gone and the address is free.
 */
public record MemberRemovedData(String tenant, String memberId, String mailbox, boolean mailboxKept, String status)
        implements TenantData {

    @Override
    public String subject() {
        return memberId;
    }
}
