package eu.dezky.adapters.notifications.payload;

/** A member's display name and/or role changed; each is the new value, absent when it did not change. */
public record MemberUpdatedData(String tenant, String memberId, String displayName, String role)
        implements TenantData {

    @Override
    public String subject() {
        return memberId;
    }
}
