package eu.dezky.adapters.notifications.payload;

import java.util.List;

/**
 * A tenant's display name and/or admins changed; each is the new value, absent when it did not change ({@code admins}
 * is the whole new list).
 */
public record TenantUpdatedData(String tenant, String displayName, List<Admin> admins) implements TenantData {

    /** An admin of the tenant: the token subject and the e-mail address. */
    public record Admin(String subject, String email) {
    }

    @Override
    public String subject() {
        return tenant;
    }
}
