package eu.dezky.platform.web.tenant;

import eu.dezky.platform.application.tenant.TenantRegistration;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Body of {@code POST /api/tenants}, as the portal sends it. Plain strings, so a malformed value becomes a 400
 * naming its field rather than a JSON parse error.
 */
record CreateTenantRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String slug,
                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String displayName,
                           @Schema(requiredMode = Schema.RequiredMode.REQUIRED) TenantRegistration.NewTenant.Owner owner,
                           String partnerId) {
}
