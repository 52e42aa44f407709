package eu.dezky.adapters.notifications.payload;

/**
 * A member whose state changed; {@code status} is the member's status afterwards, or null (and absent on the wire)
 * for events that do not change it (logged out, password reset).
 */
public record MemberData(String tenant, String memberId, String status) implements TenantData {

    @Override
    public String subject() {
        return memberId;
    }
}
