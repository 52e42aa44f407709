package eu.dezky.platform.web.partner;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Schema;
import eu.dezky.platform.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /api/partner/tenants}: the customers of the caller's partner, with their figures. */
@RestController
@Tag(name = "partners")
class PartnerTenantsController {

    private final TenantSummaries summaries;

    PartnerTenantsController(TenantSummaries summaries) {
        this.summaries = summaries;
    }

    /** The partner's customers, ordered by slug. */
    @Schema(name = "PartnerTenants")
    record PartnerTenants(List<TenantSummary> tenants) {
    }

    @GetMapping("/api/partner/tenants")
    PartnerTenants list(@AuthenticationPrincipal Caller caller) {
        return new PartnerTenants(summaries.ofPartner(caller.partnerId()));
    }
}
