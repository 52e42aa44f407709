package eu.dezky.platform.web.tenant;

import eu.dezky.platform.application.tenant.TenantRegistration;

import java.util.List;

/**
 * Body of {@code PATCH /api/tenants/{slug}}, a JSON merge patch: a field left out (or null) is unchanged; anything
 * else is a 400 naming it. {@code admins} replaces the whole list, shaped like the owner on create.
 */
record TenantPatch(String displayName, List<TenantRegistration.NewTenant.Owner> admins) {
}
