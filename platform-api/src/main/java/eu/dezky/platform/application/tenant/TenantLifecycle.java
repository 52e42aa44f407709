package eu.dezky.platform.application.tenant;

import eu.dezky.api.member.FindMembersQuery;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberList;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.tenant.ResumeTenantCommand;
import eu.dezky.api.tenant.SuspendTenantCommand;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantMember;
import eu.dezky.platform.application.TenantReads;
import eu.dezky.platform.security.Caller;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Starts a tenant's suspension and resumption, for operators and the tenant's partner (the access policy already
 * admitted only the tenant's own partner staff; its admins are refused here). A suspension acts on the members the
 * read model shows ACTIVE; one onboarded meanwhile is suspended by the saga once active. Answers the operation's id.
 */
@Component
public class TenantLifecycle {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final TenantReads reads;

    TenantLifecycle(CommandGateway commands, QueryGateway queries, TenantReads reads) {
        this.commands = commands;
        this.queries = queries;
        this.reads = reads;
    }

    public String suspend(String slug, Caller caller) {
        TenantId tenantId = lifecycleOf(slug, caller, "suspend");
        String operationId = UUID.randomUUID().toString();
        commands.sendAndWait(new SuspendTenantCommand(tenantId, operationId, activeMembers(tenantId)));
        return operationId;
    }

    public String resume(String slug, Caller caller) {
        TenantId tenantId = lifecycleOf(slug, caller, "resume");
        String operationId = UUID.randomUUID().toString();
        commands.sendAndWait(new ResumeTenantCommand(tenantId, operationId));
        return operationId;
    }

    /** The tenant's id once the caller may run its lifecycle: operators and partner staff, not its own admins. */
    static TenantId lifecycleOf(String slug, Caller caller, String verb, TenantReads reads) {
        TenantId tenantId = reads.tenantId(slug);
        if (!caller.isOperator() && !caller.isPartner()) {
            throw new AccessDeniedException("only operators and the tenant's partner may " + verb + " a tenant");
        }
        return tenantId;
    }

    private TenantId lifecycleOf(String slug, Caller caller, String verb) {
        return lifecycleOf(slug, caller, verb, reads);
    }

    private List<TenantMember> activeMembers(TenantId tenantId) {
        return queries.query(new FindMembersQuery(tenantId), ResponseTypes.instanceOf(MemberList.class)).join()
                .members().stream().filter(m -> m.status() == MemberStatus.ACTIVE)
                .map(m -> new TenantMember(new MemberId(m.id()), m.mailbox())).toList();
    }
}
