package eu.dezky.platform.application;

import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.member.FindMemberQuery;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberOperationView;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.operation.OperationStatus;
import eu.dezky.api.tenant.FindTenantQuery;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The lookups every tenant route starts with, answered the same way everywhere: a malformed slug is a 400 naming
 * {@code slug}; an unknown tenant (only operators get this far for one: the access policy refuses everybody else) and
 * an unknown or malformed member id are 404s.
 */
@Component
public class TenantReads {

    private final QueryGateway queries;

    TenantReads(QueryGateway queries) {
        this.queries = queries;
    }

    public TenantView tenant(String slug) {
        TenantId tenantId = Fields.parse("slug", slug, () -> new TenantId(slug));
        return queries.query(new FindTenantQuery(tenantId), ResponseTypes.optionalInstanceOf(TenantView.class)).join()
                .orElseThrow(() -> new NotFoundException("tenant '" + slug + "' does not exist"));
    }

    public TenantId tenantId(String slug) {
        return new TenantId(tenant(slug).slug());
    }

    /** The tenant's member with this id; empty for an unknown or malformed id. */
    public Optional<MemberView> findMember(TenantId tenantId, String rawId) {
        MemberId memberId;
        try {
            memberId = new MemberId(rawId);
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
        return queries.query(new FindMemberQuery(tenantId, memberId),
                ResponseTypes.optionalInstanceOf(MemberView.class)).join();
    }

    public MemberView member(TenantId tenantId, String rawId) {
        return findMember(tenantId, rawId)
                .orElseThrow(() -> new NotFoundException("the tenant has no member " + InvalidValueException.quote(rawId)));
    }

    /**
     * 409 while a lifecycle operation of the member runs, answered from the read model: the aggregate enforces the
     * same rule, but a saga step waiting on a slow system keeps the member's aggregate locked until the step ends, so
     * the command alone would make this caller wait for that step. {@code then} says what the caller may do after.
     */
    public static void refuseWhileOperationRuns(MemberView member, String then) {
        MemberOperationView running = member.operation();
        if (running != null && running.status() == OperationStatus.RUNNING) {
            throw new RuleViolationException("operation-running", "the member " + member.mailbox() + " has a "
                    + running.kind() + " operation running (" + running.id() + "); " + then);
        }
    }
}
