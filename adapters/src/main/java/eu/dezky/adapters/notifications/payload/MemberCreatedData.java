package eu.dezky.adapters.notifications.payload;

/**
 * A new member, being onboarded ({@code status} PROVISIONING). {@code linked}: a membership of a person who already
 * has their accounts (and mailbox) through their membership in another tenant.
 */
public record MemberCreatedData(String tenant, String memberId, String displayName, String mailbox, String role,
                                boolean linked, String status) implements TenantData {

    @Override
    public String subject() {
        return memberId;
    }
}
