package eu.dezky.platform.application.tenant;

import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.tenant.FindTenantQuery;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantStatus;
import eu.dezky.api.tenant.TenantView;
import eu.dezky.platform.security.Caller;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * What a tenant's status allows to change, asked before every change to a tenant's objects. A SUSPENDED tenant's
 * admins may read but change nothing, and nobody resumes a single member of it (resume the tenant); operators and
 * partner staff may still change it, and a member they create is suspended once onboarded. Once an offboarding
 * started, nothing changes but the offboarding itself (its retry).
 */
@Component
public class TenantWrites {

    private final QueryGateway queries;

    TenantWrites(QueryGateway queries) {
        this.queries = queries;
    }

    /**
     * Refuses a change with 409 {@code tenant-suspended} or {@code tenant-offboarded}; an unknown or malformed slug
     * passes (the route itself answers it). {@code memberResume}: the change resumes a single member.
     */
    public void requireChangeable(String slug, Caller caller, boolean memberResume) {
        TenantStatus status = find(slug).map(TenantView::status).orElse(TenantStatus.ACTIVE);
        if (status == TenantStatus.OFFBOARDING || status == TenantStatus.OFFBOARDED) {
            throw new RuleViolationException("tenant-offboarded", "the tenant " + slug + " is " + status
                    + "; nothing of it can change any more");
        }
        if (status == TenantStatus.SUSPENDED && (memberResume || !(caller.isOperator() || caller.isPartner()))) {
            throw new RuleViolationException("tenant-suspended", "the tenant " + slug + " is suspended: "
                    + (memberResume ? "its members are resumed with the tenant (POST /api/tenants/" + slug
                    + "/resume)" : "its admins can read but not change anything until its partner or an operator"
                    + " resumes it"));
        }
    }

    private Optional<TenantView> find(String slug) {
        TenantId tenantId;
        try {
            tenantId = new TenantId(slug);
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
        return queries.query(new FindTenantQuery(tenantId), ResponseTypes.optionalInstanceOf(TenantView.class)).join();
    }
}
