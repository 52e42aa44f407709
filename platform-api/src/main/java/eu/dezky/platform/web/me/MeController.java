package eu.dezky.platform.web.me;

import io.swagger.v3.oas.annotations.media.Schema;
import eu.dezky.api.partner.PartnerStaff;
import eu.dezky.api.partner.PartnerView;
import io.swagger.v3.oas.annotations.tags.Tag;
import eu.dezky.platform.security.Caller;
import eu.dezky.platform.security.CallerAuthentication;
import eu.dezky.platform.security.PartnerStaffCheck;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/me}: the caller's subject, name, e-mail and audience; their partner (real name and their role) when
 * they are current staff of the partner their token names; and every tenant they administer or reach as partner
 * staff, each with their role there, how they reach it and its subscription. Operators reach every tenant; their list
 * is {@code GET /api/tenants}, so {@code tenants} is empty for them.
 */
@RestController
@Tag(name = "me")
class MeController {

    private final PartnerStaffCheck partnerStaff;
    private final ReachableTenants tenants;

    MeController(PartnerStaffCheck partnerStaff, ReachableTenants tenants) {
        this.partnerStaff = partnerStaff;
        this.tenants = tenants;
    }

    /** The caller; {@code partnerId} is the token's partner claim, {@code partner} only set for current staff. */
    @Schema(name = "Me")
    record Me(String subject, String name, String email, String audience, List<String> audiences, String partnerId,
              Partner partner, List<ReachableTenants.Tenant> tenants) {
    }

    /** The caller's partner and their role in it. */
    @Schema(name = "MePartner")
    record Partner(String id, String name, String role) {
    }

    @GetMapping("/api/me")
    Me me(@AuthenticationPrincipal Caller caller, CallerAuthentication authentication) {
        Optional<PartnerView> partner = partnerStaff.partnerOf(caller);
        Partner partnerInfo = partner.map(p -> new Partner(p.id(), p.name(),
                p.staffMember(caller.subject()).map(PartnerStaff::role).orElseThrow().wireName())).orElse(null);
        List<ReachableTenants.Tenant> reachable = switch (caller.audience()) {
            case OPERATOR -> List.of();
            case PARTNER -> partner.map(p -> tenants.asPartnerStaff(p, caller)).orElse(List.of());
            case CUSTOMER_ADMIN -> tenants.asAdmin(caller);
        };
        return new Me(caller.subject(), authentication.getCredentials().getClaimAsString("name"), caller.email(),
                caller.audience().claimName(), List.of(caller.audience().claimName()),
                caller.partnerId() == null ? null : caller.partnerId().value(), partnerInfo, reachable);
    }
}
