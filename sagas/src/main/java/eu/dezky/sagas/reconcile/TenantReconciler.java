package eu.dezky.sagas.reconcile;

import eu.dezky.adapters.authentik.AuthentikClient;
import eu.dezky.adapters.ocis.OcisClient;
import eu.dezky.adapters.stalwart.StalwartClient;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.FindMailDomainsQuery;
import eu.dezky.api.domain.MailDomainList;
import eu.dezky.api.domain.MailDomainView;
import eu.dezky.api.mail.FindMailAliasesQuery;
import eu.dezky.api.mail.FindMailingListsQuery;
import eu.dezky.api.mail.MailAliasList;
import eu.dezky.api.mail.MailObjectStatus;
import eu.dezky.api.mail.MailingListList;
import eu.dezky.api.member.FindMembersQuery;
import eu.dezky.api.member.MemberList;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.reconcile.Difference;
import eu.dezky.api.reconcile.IntegrationReport;
import eu.dezky.api.reconcile.IntegrationStatus;
import eu.dezky.api.reconcile.RecordTenantReconciliationCommand;
import eu.dezky.api.reconcile.TenantReconciliationStartedEvent;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.sagas.steps.ExternalSystems;
import eu.dezky.sagas.steps.SystemSettings;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Runs a reconciliation: reads the tenant as the engine knows it through the query bus, compares it with each
 * system and records the findings on the tenant. Read-only towards the systems; a system that cannot be read is
 * reported as {@code error} with the reason while the others are still compared. A policy rather than a saga: one
 * event in, one command out, no state. A system switched off is reported {@code ok} with a reason saying so.
 */
@ProcessingGroup(TenantReconciler.PROCESSING_GROUP)
public class TenantReconciler {

    public static final String PROCESSING_GROUP = "tenant-reconciler";

    /** Domains the mail server should have: registered, whatever their DNS says. */
    private static final Set<DomainStatus> REGISTERED = EnumSet.of(DomainStatus.PENDING, DomainStatus.VERIFIED,
            DomainStatus.NEEDS_ATTENTION);
    /** Members that own objects; a failed or removed member owns nothing any more. */
    private static final Set<MemberStatus> OWNING = EnumSet.of(MemberStatus.PROVISIONING, MemberStatus.ACTIVE,
            MemberStatus.SUSPENDED, MemberStatus.REMOVING);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ExternalSystems systems;
    private final AuthentikComparison authentik;
    private final StalwartComparison stalwart;
    private final OcisComparison ocis;

    public TenantReconciler(CommandGateway commands, QueryGateway queries, ExternalSystems systems,
                            AuthentikClient authentik, StalwartClient stalwart, OcisClient ocis) {
        this.commands = commands;
        this.queries = queries;
        this.systems = systems;
        this.authentik = new AuthentikComparison(authentik);
        this.stalwart = new StalwartComparison(stalwart);
        this.ocis = new OcisComparison(ocis);
    }

    @EventHandler
    void on(TenantReconciliationStartedEvent event) {
        Expected expected = expected(event.tenantId());
        List<IntegrationReport> reports = List.of(
                report("authentik", systems.authentik(), () -> authentik.compare(expected)),
                report("stalwart", systems.stalwart(), () -> stalwart.compare(expected)),
                report("ocis", systems.ocis(), () -> ocis.compare(expected)));
        commands.sendAndWait(new RecordTenantReconciliationCommand(event.tenantId(), event.operationId(), reports));
    }

    private static IntegrationReport report(String name, SystemSettings settings,
                                            Supplier<List<Difference>> compare) {
        if (!settings.enabled()) {
            return new IntegrationReport(name, IntegrationStatus.OK,
                    "provisioning in " + settings.name() + " is switched off: not compared", List.of());
        }
        try {
            return IntegrationReport.of(name, compare.get());
        } catch (RuntimeException e) {
            return IntegrationReport.error(name, settings.name() + " could not be read: " + e.getMessage());
        }
    }

    private Expected expected(TenantId tenant) {
        MailDomainList domains = query(new FindMailDomainsQuery(tenant), MailDomainList.class);
        MemberList members = query(new FindMembersQuery(tenant), MemberList.class);
        MailAliasList aliases = query(new FindMailAliasesQuery(tenant), MailAliasList.class);
        MailingListList lists = query(new FindMailingListsQuery(tenant), MailingListList.class);
        return new Expected(tenant.slug(),
                domains.domains().stream().filter(d -> REGISTERED.contains(d.status())).map(MailDomainView::domain).toList(),
                members.members().stream().filter(m -> OWNING.contains(m.status())).toList(),
                aliases.aliases().stream().filter(a -> a.status() == MailObjectStatus.ACTIVE)
                        .map(a -> new Expected.Alias(a.address(), a.mailbox(), a.memberId())).toList(),
                lists.lists().stream().filter(l -> l.status() == MailObjectStatus.ACTIVE)
                        .map(l -> new Expected.MailList(l.address(), l.recipients())).toList());
    }

    private <Q, R> R query(Q query, Class<R> type) {
        return queries.query(query, ResponseTypes.instanceOf(type)).join();
    }
}
