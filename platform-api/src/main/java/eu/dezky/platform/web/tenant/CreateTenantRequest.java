package eu.dezky.platform.web.tenant;

/**
 * Body of {@code POST /api/tenants}, as the portal sends it. Plain strings, so a malformed value becomes a 400
 * naming its field rather than a JSON parse error.
 */
record CreateTenantRequest(String slug, String displayName, Owner owner, String partnerId) {

    record Owner(String subject, String email) {
    }
}
