package eu.dezky.platform.security;

import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.member.FindMembersQuery;
import eu.dezky.api.member.MemberList;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.tenant.FindTenantQuery;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one place that decides whether a caller may act on a tenant: an operator always; partner staff for their
 * partner's customers (a partner token naming the tenant's partner, whose subject is on that partner's staff list now:
 * {@link PartnerStaffCheck}); a customer admin for tenants that list them as admin, or who are an ACTIVE member created
 * with role {@code admin} (recognised by {@link MemberRecognition}: SSO subject, else e-mail claim). A suspended,
 * removed, failed or still provisioning admin member has no access. Bound to every
 * {@code /api/tenants/{slug}/**} route in the security filter chain, so a new route cannot forget it.
 * Unknown and foreign tenants look the same to non-operators (403), so slugs cannot be probed.
 */
@Component
public class TenantAccessPolicy implements AuthorizationManager<RequestAuthorizationContext> {

    private final QueryGateway queries;
    private final PartnerStaffCheck partnerStaff;

    public TenantAccessPolicy(QueryGateway queries, PartnerStaffCheck partnerStaff) {
        this.queries = queries;
        this.partnerStaff = partnerStaff;
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        if (!(authentication.get() instanceof CallerAuthentication callerAuthentication)) {
            return new AuthorizationDecision(false);
        }
        return new AuthorizationDecision(mayAccess(callerAuthentication.getPrincipal(), context.getVariables().get("slug")));
    }

    /** True when {@code caller} may act on the tenant with this slug. */
    public boolean mayAccess(Caller caller, String slug) {
        if (caller.isOperator()) {
            return true; // operators see 400/404 from the route itself
        }
        TenantId tenantId;
        try {
            tenantId = new TenantId(slug);
        } catch (InvalidValueException e) {
            return false;
        }
        return find(tenantId).map(tenant -> switch (caller.audience()) {
            case PARTNER -> caller.partnerId().equals(tenant.partnerId()) && partnerStaff.partnerOf(caller).isPresent();
            case CUSTOMER_ADMIN -> tenant.hasAdmin(caller.subject()) || isActiveAdminMember(caller, tenantId);
            case OPERATOR -> true;
        }).orElse(false);
    }

    /**
     * The tenant's members are filtered in memory: the embedded Mongo server only indexes exact unique keys, and a
     * tenant's member list is small. Every member the caller could be is checked, so an old FAILED record with the
     * same mailbox cannot hide an ACTIVE one.
     */
    private boolean isActiveAdminMember(Caller caller, TenantId tenantId) {
        return queries.query(new FindMembersQuery(tenantId), ResponseTypes.instanceOf(MemberList.class)).join()
                .members().stream()
                .filter(member -> member.role() == MemberRole.ADMIN && member.status() == MemberStatus.ACTIVE)
                .anyMatch(member -> MemberRecognition.isCaller(caller, member));
    }

    private Optional<TenantView> find(TenantId tenantId) {
        return queries.query(new FindTenantQuery(tenantId), ResponseTypes.optionalInstanceOf(TenantView.class)).join();
    }
}
