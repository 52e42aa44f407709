package eu.dezky.platform.application.tenant;

import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.FindMailDomainsQuery;
import eu.dezky.api.domain.MailDomainList;
import eu.dezky.api.domain.MailDomainView;
import eu.dezky.api.mail.FindMailAliasesQuery;
import eu.dezky.api.mail.FindMailingListsQuery;
import eu.dezky.api.mail.MailAliasList;
import eu.dezky.api.mail.MailingListList;
import eu.dezky.api.member.FindMembersQuery;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberList;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.tenant.OffboardTenantCommand;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantMember;
import eu.dezky.platform.application.TenantReads;
import eu.dezky.platform.application.operation.Operations;
import eu.dezky.platform.security.Caller;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Starts a tenant's offboarding (operators and the tenant's partner): what the read models show of its lists,
 * aliases, members and domains goes into the command, the primary domain last (removing it before the others would
 * need a new primary). The same call on a stopped offboarding is its retry, on a running one a no-op; either way it
 * answers the offboarding's operation id.
 */
@Component
public class TenantOffboarding {

    private static final Duration RUNNING_WITHIN = Duration.ofSeconds(2);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final TenantReads reads;
    private final Operations operations;

    TenantOffboarding(CommandGateway commands, QueryGateway queries, TenantReads reads, Operations operations) {
        this.commands = commands;
        this.queries = queries;
        this.reads = reads;
        this.operations = operations;
    }

    public String offboard(String slug, Caller caller) {
        TenantId tenant = TenantLifecycle.lifecycleOf(slug, caller, "offboard", reads);
        List<String> lists = query(new FindMailingListsQuery(tenant), MailingListList.class).lists().stream()
                .filter(list -> list.status().inUse()).map(list -> list.address()).toList();
        List<String> aliases = query(new FindMailAliasesQuery(tenant), MailAliasList.class).aliases().stream()
                .filter(alias -> alias.status().inUse()).map(alias -> alias.address()).toList();
        List<TenantMember> members = query(new FindMembersQuery(tenant), MemberList.class).members().stream()
                .filter(m -> m.status() != MemberStatus.REMOVED)
                .map(m -> new TenantMember(new MemberId(m.id()), m.mailbox())).toList();
        List<String> domains = query(new FindMailDomainsQuery(tenant), MailDomainList.class).domains().stream()
                .filter(d -> d.status() != DomainStatus.REMOVED)
                .sorted(Comparator.comparing(MailDomainView::primary)).map(MailDomainView::domain).toList();
        String operationId = commands.sendAndWait(new OffboardTenantCommand(tenant, UUID.randomUUID().toString(),
                lists, aliases, members, domains));
        // a retry goes on in the operation that stopped: the 202 must not point at it while it still reads FAILED
        operations.awaitRunning(tenant, operationId, RUNNING_WITHIN);
        return operationId;
    }

    private <T> T query(Object query, Class<T> type) {
        return queries.query(query, ResponseTypes.instanceOf(type)).join();
    }
}
