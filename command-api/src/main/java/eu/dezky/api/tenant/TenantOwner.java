package eu.dezky.api.tenant;

import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.common.InvalidValueException;

/** The person who owns a tenant: their SSO subject and e-mail. The owner is the tenant's first admin. */
public record TenantOwner(String subject, EmailAddress email) {

    public TenantOwner {
        InvalidValueException.require(subject != null && !subject.isBlank() && subject.length() <= 255,
                "owner.subject", "owner subject is required (at most 255 characters)");
        InvalidValueException.require(email != null, "owner.email", "owner e-mail is required");
    }
}
