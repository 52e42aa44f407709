package eu.dezky.projections.partner;

import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.MailDomainAddedEvent;
import eu.dezky.api.domain.MailDomainCheckedEvent;
import eu.dezky.api.domain.MailDomainProvisionedEvent;
import eu.dezky.api.domain.MailDomainProvisioningFailedEvent;
import eu.dezky.api.domain.MailDomainRemovalRefusedEvent;
import eu.dezky.api.domain.MailDomainRemovalRequestedEvent;
import eu.dezky.api.domain.MailDomainRemovedEvent;
import eu.dezky.api.domain.MailDomainStatusChangedEvent;
import eu.dezky.api.reconcile.IntegrationReport;
import eu.dezky.api.reconcile.IntegrationStatus;
import eu.dezky.api.reconcile.TenantReconciledEvent;
import eu.dezky.api.tenant.FindTenantDirectoryEntriesQuery;
import eu.dezky.api.tenant.FindTenantDirectoryQuery;
import eu.dezky.api.tenant.TenantAdmin;
import eu.dezky.api.tenant.TenantCreatedEvent;
import eu.dezky.api.tenant.TenantDetailsChangedEvent;
import eu.dezky.api.tenant.TenantDirectoryPage;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantStatus;
import org.axonframework.config.ProcessingGroup;
import eu.dezky.api.tenant.TenantOffboardingStartedEvent;
import eu.dezky.api.tenant.TenantOperationEndedEvent;
import eu.dezky.api.tenant.TenantResumedEvent;
import eu.dezky.api.tenant.TenantStatus;
import eu.dezky.api.tenant.TenantSuspendedEvent;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Keeps the {@code tenant_directory} collection: per tenant its partner, status, owners and mail domains. A document
 * gathers events of the tenant and of its domains, so this group runs one sequence per tenant
 * ({@link eu.dezky.projections.TenantSequencingPolicy}). Filters other than the slug are full scans on the embedded
 * Mongo-protocol server (it indexes exact unique keys only); a real MongoDB uses the indexes on partner and status.
 */
@Component
@ProcessingGroup(TenantDirectoryProjection.PROCESSING_GROUP)
public class TenantDirectoryProjection {

    /** Processor name, also the key of its tracking token in MongoDB. */
    public static final String PROCESSING_GROUP = "tenant-directory";

    private final MongoTemplate mongo;

    public TenantDirectoryProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(TenantCreatedEvent event, @Timestamp Instant occurredAt) {
        mongo.save(new TenantDirectoryDocument(event.tenantId().slug(), event.displayName(),
                event.partnerId() == null ? null : event.partnerId().value(), TenantStatus.ACTIVE, occurredAt,
                List.of(event.owner().subject()), List.of(), List.of()));
    }

    @EventHandler
    void on(TenantDetailsChangedEvent event) {
        change(event.tenantId(), d -> new TenantDirectoryDocument(d.slug(),
                event.displayName() == null ? d.displayName() : event.displayName(), d.partner(), d.status(),
                d.createdAt(), event.admins() == null ? d.admins()
                : event.admins().stream().map(TenantAdmin::subject).toList(), d.domains(),
                d.integrationsNeedingAttention()));
    }

    @EventHandler
    void on(MailDomainAddedEvent event) {
        domain(event.tenantId(), event.domain(), DomainStatus.PROVISIONING, true);
    }

    @EventHandler
    void on(MailDomainProvisionedEvent event) {
        domain(event.tenantId(), event.domain(), DomainStatus.PENDING, false);
    }

    @EventHandler
    void on(MailDomainProvisioningFailedEvent event) {
        domain(event.tenantId(), event.domain(), DomainStatus.FAILED, false);
    }

    @EventHandler
    void on(MailDomainCheckedEvent event) {
        domain(event.tenantId(), event.domain(), event.status(), false);
    }

    @EventHandler
    void on(MailDomainStatusChangedEvent event) {
        domain(event.tenantId(), event.domain(), event.to(), false);
    }

    @EventHandler
    void on(MailDomainRemovalRequestedEvent event) {
        domain(event.tenantId(), event.domain(), DomainStatus.REMOVING, false);
    }

    @EventHandler
    void on(MailDomainRemovalRefusedEvent event) {
        domain(event.tenantId(), event.domain(), event.restoredStatus(), false);
    }

    @EventHandler
    void on(MailDomainRemovedEvent event) {
        change(event.tenantId(), tenant -> tenant.withoutDomain(event.domain().value()));
    }

    /** A tenant whose latest reconciliation found drift (or an unreadable system) needs attention in the lists. */
    @EventHandler
    void on(TenantReconciledEvent event) {
        change(event.tenantId(), tenant -> tenant.withIntegrationsNeedingAttention(event.integrations().stream()
                .filter(i -> i.status() != IntegrationStatus.OK).map(IntegrationReport::integration).toList()));
    }

    @QueryHandler
    TenantDirectoryPage handle(FindTenantDirectoryQuery query) {
        Criteria criteria = new Criteria();
        if (query.after() != null) {
            criteria = criteria.and("_id").gt(query.after());
        }
        if (query.partner() != null) {
            criteria = criteria.and("partner").is(query.partner().value());
        }
        if (query.status() != null) {
            criteria = criteria.and("status").is(query.status());
        }
        if (query.adminSubject() != null) {
            criteria = criteria.and("admins").is(query.adminSubject());
        }
        // One more than asked tells whether a next page exists without counting.
        List<TenantDirectoryDocument> found = mongo.find(Query.query(criteria).with(Sort.by("_id"))
                .limit(query.limit() + 1), TenantDirectoryDocument.class);
        boolean more = found.size() > query.limit();
        List<TenantDirectoryDocument> page = more ? found.subList(0, query.limit()) : found;
        return new TenantDirectoryPage(page.stream().map(TenantDirectoryDocument::toEntry).toList(),
                more ? page.get(page.size() - 1).slug() : null);
    }

    @QueryHandler
    TenantDirectoryPage handle(FindTenantDirectoryEntriesQuery query) {
        List<String> slugs = query.tenants().stream().map(TenantId::slug).toList();
        return new TenantDirectoryPage(mongo.find(Query.query(Criteria.where("_id").in(slugs)).with(Sort.by("_id")),
                TenantDirectoryDocument.class).stream().map(TenantDirectoryDocument::toEntry).toList(), null);
    }

    @EventHandler
    void on(TenantSuspendedEvent event) {
        change(event.tenantId(), document -> document.withStatus(TenantStatus.SUSPENDED));
    }

    @EventHandler
    void on(TenantResumedEvent event) {
        change(event.tenantId(), document -> document.withStatus(TenantStatus.ACTIVE));
    }

    @EventHandler
    void on(TenantOffboardingStartedEvent event) {
        change(event.tenantId(), document -> document.withStatus(TenantStatus.OFFBOARDING));
    }

    /** An offboarding that ended without failure leaves the tenant OFFBOARDED; a stopped one stays OFFBOARDING. */
    @EventHandler
    void on(TenantOperationEndedEvent event) {
        if (event.offboarded()) {
            change(event.tenantId(), document -> document.withStatus(TenantStatus.OFFBOARDED));
        }
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(TenantDirectoryDocument.class);
    }

    /** Sets a domain's status; only {@code added} may bring in a domain the tenant does not list (yet). */
    private void domain(TenantId tenant, DomainName domain, DomainStatus status, boolean added) {
        change(tenant, document -> added || document.hasDomain(domain.value())
                ? document.withDomain(domain.value(), status) : document);
    }

    private void change(TenantId tenant, UnaryOperator<TenantDirectoryDocument> change) {
        TenantDirectoryDocument document = mongo.findById(tenant.slug(), TenantDirectoryDocument.class);
        if (document != null) {
            mongo.save(change.apply(document));
        }
    }
}
