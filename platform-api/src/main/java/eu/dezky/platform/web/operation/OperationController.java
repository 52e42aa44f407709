package eu.dezky.platform.web.operation;

import eu.dezky.platform.web.mail.MailOperations;
import eu.dezky.platform.web.member.MemberRemovalController;
import eu.dezky.platform.web.member.MemberRequests;
import eu.dezky.platform.web.http.TenantReads;
import eu.dezky.platform.web.http.NotFoundException;
import eu.dezky.api.member.FindMemberOperationQuery;
import eu.dezky.api.member.FindMembersQuery;
import eu.dezky.api.member.MemberList;
import eu.dezky.api.member.MemberOperationView;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

/**
 * {@code GET /api/tenants/{slug}/operations/{id}}, where every 202 of the tenant routes points: a member's onboarding
 * (its id is the member's id), a member's removal, a lifecycle operation (suspend, resume …, its own id), or an
 * alias's or list's operation, each with its steps.
 */
@RestController
class OperationController {

    private final QueryGateway queries;
    private final TenantReads reads;
    private final MailOperations mailOperations;

    OperationController(QueryGateway queries, TenantReads reads, MailOperations mailOperations) {
        this.queries = queries;
        this.reads = reads;
        this.mailOperations = mailOperations;
    }

    @GetMapping("/api/tenants/{slug}/operations/{id}")
    Object operation(@PathVariable String slug, @PathVariable String id) {
        TenantId tenantId = reads.tenantId(slug);
        List<MemberView> members = queries.query(new FindMembersQuery(tenantId),
                ResponseTypes.instanceOf(MemberList.class)).join().members();
        Optional<MemberView> removal = MemberRemovalController.removalOf(members, id);
        if (removal.isPresent()) {
            return MemberRequests.Operation.removal(slug, id, removal.get());
        }
        Optional<MemberView> onboarding = members.stream().filter(member -> member.id().equals(id)).findFirst();
        if (onboarding.isPresent()) {
            return MemberRequests.Operation.of(slug, onboarding.get());
        }
        Optional<MemberOperationView> lifecycle = queries.query(new FindMemberOperationQuery(tenantId, id),
                ResponseTypes.optionalInstanceOf(MemberOperationView.class)).join();
        if (lifecycle.isPresent()) {
            return lifecycle.get();
        }
        return mailOperations.find(tenantId, slug, id)
                .orElseThrow(() -> new NotFoundException("the tenant has no operation '" + id + "'"));
    }
}
