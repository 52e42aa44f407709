package eu.dezky.projections.domain;

import java.util.Map;
import eu.dezky.projections.readmodel.page.Pages;
import eu.dezky.projections.readmodel.page.ListShape;
import eu.dezky.api.domain.MailDomainPage;
import eu.dezky.api.domain.FindMailDomainPageQuery;
import eu.dezky.api.domain.DmarcPolicyChangedEvent;
import eu.dezky.api.domain.DnsRecordType;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.ExpectedDnsRecord;
import eu.dezky.api.domain.FindMailDomainQuery;
import eu.dezky.api.domain.FindMailDomainsQuery;
import eu.dezky.api.domain.MailDomainAddedEvent;
import eu.dezky.api.domain.MailDomainCheckedEvent;
import eu.dezky.api.domain.MailDomainList;
import eu.dezky.api.domain.MailDomainProvisionedEvent;
import eu.dezky.api.domain.MailDomainProvisioningFailedEvent;
import eu.dezky.api.domain.MailDomainExpiryScheduledEvent;
import eu.dezky.api.domain.MailDomainOwnershipProvenEvent;
import eu.dezky.api.domain.MailDomainReleaseStartedEvent;
import eu.dezky.api.domain.MailDomainRemovalRefusedEvent;
import eu.dezky.api.domain.MailDomainRemovalRequestedEvent;
import eu.dezky.api.domain.MailDomainRemovedEvent;
import eu.dezky.api.domain.MailDomainStatusChangedEvent;
import eu.dezky.api.domain.MailDomainView;
import eu.dezky.api.tenant.PrimaryMailDomainChangedEvent;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Keeps the {@code mail_domains} collection; the list's badge counts domains NEEDS_ATTENTION or FAILED. A removed domain's document is deleted (its name is free again for
 * any tenant), and subscribers are told with a last view in status REMOVED, so a waiting DELETE learns the outcome.
 */
@Component
@ProcessingGroup(MailDomainProjection.PROCESSING_GROUP)
public class MailDomainProjection {

    /** Processor name, also the key of its tracking token in MongoDB. */
    public static final String PROCESSING_GROUP = "mail-domain-views";

    /** Sorted by name (default) or status; the text query searches the name. */
    static final ListShape SHAPE = new ListShape(Map.of("domain", "_id", "status", "status"), "domain", List.of("_id"));

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter updates;

    public MailDomainProjection(MongoTemplate mongo, QueryUpdateEmitter updates) {
        this.mongo = mongo;
        this.updates = updates;
    }

    @EventHandler
    void on(MailDomainAddedEvent event) {
        // A revived name starts from scratch: nothing of a previous owner's document may survive.
        save(MailDomainDocument.added(event.domain().value(), event.tenantId().slug(), event.dmarc()));
    }

    @EventHandler
    void on(MailDomainProvisionedEvent event) {
        change(event.domain(), d -> d.provisioned(event.stalwartDomainId(), event.expectedRecords(), event.skippedReason()));
    }

    @EventHandler
    void on(MailDomainProvisioningFailedEvent event) {
        change(event.domain(), d -> d.withStatus(DomainStatus.FAILED).withProblem(event.reason()));
    }

    @EventHandler
    void on(MailDomainCheckedEvent event) {
        change(event.domain(), d -> d.checked(event.results(), event.status(), event.checkedAt(), event.nextCheckAt()));
    }

    @EventHandler
    void on(MailDomainStatusChangedEvent event) {
        change(event.domain(), d -> d.withStatus(event.to()));
    }

    @EventHandler
    void on(DmarcPolicyChangedEvent event) {
        String record = event.policy().record();
        change(event.domain(), d -> d.withDmarc(event.policy(), d.expected().stream()
                .map(r -> r.type() == DnsRecordType.DMARC ? new ExpectedDnsRecord(r.type(), r.name(), record) : r)
                .toList()));
    }

    @EventHandler
    void on(MailDomainRemovalRequestedEvent event) {
        change(event.domain(), d -> d.withStatus(DomainStatus.REMOVING).withBlockers(List.of()));
    }

    @EventHandler
    void on(MailDomainReleaseStartedEvent event) {
        change(event.domain(), d -> d.withStatus(DomainStatus.REMOVING).withBlockers(List.of()));
    }

    @EventHandler
    void on(MailDomainOwnershipProvenEvent event) {
        change(event.domain(), MailDomainDocument::withOwnershipProven);
    }

    @EventHandler
    void on(MailDomainExpiryScheduledEvent event) {
        change(event.domain(), d -> d.expiringAt(event.expiresAt()));
    }

    @EventHandler
    void on(MailDomainRemovalRefusedEvent event) {
        change(event.domain(), d -> d.withStatus(event.restoredStatus()).withBlockers(event.blockers()));
    }

    @EventHandler
    void on(MailDomainRemovedEvent event) {
        MailDomainDocument document = mongo.findById(event.domain().value(), MailDomainDocument.class);
        if (document == null || !document.tenant().equals(event.tenantId().slug())) {
            return; // already removed (replay), or the name was claimed again since
        }
        mongo.remove(document);
        emit(document.withStatus(DomainStatus.REMOVED), false);
    }

    /**
     * Kept in its own document: the tenant's events run in parallel with the domains' (pooled processor, one
     * sequence per aggregate), so writing the flag into a domain's document could overwrite that domain's news.
     */
    @EventHandler
    void on(PrimaryMailDomainChangedEvent event) {
        String tenant = event.tenantId().slug();
        String previous = primaryOf(tenant);
        String primary = event.primary() == null ? null : event.primary().value();
        mongo.save(new TenantPrimaryDocument(tenant, primary));
        for (String changed : new String[] {previous, primary}) {
            MailDomainDocument document = changed == null ? null : mongo.findById(changed, MailDomainDocument.class);
            if (document != null && document.tenant().equals(tenant)) {
                emit(document, changed.equals(primary));
            }
        }
    }

    /** Answers null for an unknown domain and for another tenant's: the caller cannot tell them apart. */
    @QueryHandler
    MailDomainView handle(FindMailDomainQuery query) {
        MailDomainDocument document = mongo.findById(query.domain().value(), MailDomainDocument.class);
        return document == null || !document.tenant().equals(query.tenantId().slug()) ? null
                : document.toView(document.domain().equals(primaryOf(document.tenant())));
    }

    @QueryHandler
    MailDomainList handle(FindMailDomainsQuery query) {
        return list(query.tenantId().slug());
    }

    /** A page of the tenant's domains; the attention badge counts all of them, whatever the page. */
    @QueryHandler
    MailDomainPage handle(FindMailDomainPageQuery query) {
        String tenant = query.tenantId().slug();
        String primary = primaryOf(tenant);
        Pages.Window<MailDomainDocument> page = Pages.find(mongo, MailDomainDocument.class,
                Criteria.where("tenant").is(tenant), query.page(), SHAPE);
        long needingAttention = mongo.count(Query.query(Criteria.where("tenant").is(tenant).and("status")
                .in(DomainStatus.NEEDS_ATTENTION.name(), DomainStatus.FAILED.name())), MailDomainDocument.class);
        return new MailDomainPage(page.items().stream().map(d -> d.toView(d.domain().equals(primary))).toList(),
                needingAttention, page.total(), page.nextCursor());
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(MailDomainDocument.class);
        mongo.dropCollection(TenantPrimaryDocument.class);
    }

    private void change(DomainName domain, UnaryOperator<MailDomainDocument> change) {
        MailDomainDocument document = mongo.findById(domain.value(), MailDomainDocument.class);
        if (document != null) {
            save(change.apply(document));
        }
    }

    private void save(MailDomainDocument document) {
        MailDomainDocument saved = mongo.save(document);
        emit(saved, saved.domain().equals(primaryOf(saved.tenant())));
    }

    /** Lets an HTTP caller waiting on a subscription query answer as soon as the view shows the outcome. */
    private void emit(MailDomainDocument document, boolean primary) {
        TenantId tenant = new TenantId(document.tenant());
        updates.emit(FindMailDomainQuery.class,
                q -> q.tenantId().equals(tenant) && q.domain().value().equals(document.domain()), document.toView(primary));
    }

    private MailDomainList list(String tenant) {
        String primary = primaryOf(tenant);
        List<MailDomainView> views = ofTenant(tenant).stream().map(d -> d.toView(d.domain().equals(primary))).toList();
        // A domain whose registration failed for good needs the admin as much as one whose records went wrong.
        long needingAttention = views.stream()
                .filter(v -> v.status() == DomainStatus.NEEDS_ATTENTION || v.status() == DomainStatus.FAILED)
                .count();
        return new MailDomainList(views, needingAttention);
    }

    private String primaryOf(String tenant) {
        TenantPrimaryDocument primary = mongo.findById(tenant, TenantPrimaryDocument.class);
        return primary == null ? null : primary.domain();
    }

    private List<MailDomainDocument> ofTenant(String tenant) {
        return mongo.find(Query.query(Criteria.where("tenant").is(tenant)).with(Sort.by("_id")), MailDomainDocument.class);
    }
}
