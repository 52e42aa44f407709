package eu.dezky.api.tenant;

import eu.dezky.api.common.EmailAddress;

/** Someone allowed to administer a tenant, recognised by the SSO subject in their token. */
public record TenantAdmin(String subject, EmailAddress email) {
}
