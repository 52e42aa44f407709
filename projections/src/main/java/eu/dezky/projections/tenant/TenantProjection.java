package eu.dezky.projections.tenant;

import eu.dezky.api.reconcile.FindTenantReconciliationQuery;
import eu.dezky.api.reconcile.ReconciliationView;
import eu.dezky.api.reconcile.TenantReconciledEvent;
import eu.dezky.api.tenant.FindTenantQuery;
import eu.dezky.api.tenant.PrimaryMailDomainChangedEvent;
import eu.dezky.api.tenant.TenantCreatedEvent;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantOffboardingStartedEvent;
import eu.dezky.api.tenant.TenantOperationEndedEvent;
import eu.dezky.api.tenant.TenantResumedEvent;
import eu.dezky.api.tenant.TenantStatus;
import eu.dezky.api.tenant.TenantSuspendedEvent;
import eu.dezky.api.tenant.TenantDetailsChangedEvent;
import eu.dezky.api.tenant.TenantView;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Keeps the {@code tenants} collection. Writes are whole-document upserts by slug, so replaying the same event
 * twice leaves the same document.
 */
@Component
@ProcessingGroup(TenantProjection.PROCESSING_GROUP)
public class TenantProjection {

    /** Processor name, also the key of its tracking token in MongoDB. */
    public static final String PROCESSING_GROUP = "tenant-views";

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter updates;

    public TenantProjection(MongoTemplate mongo, QueryUpdateEmitter updates) {
        this.mongo = mongo;
        this.updates = updates;
    }

    @EventHandler
    void on(TenantCreatedEvent event, @Timestamp Instant occurredAt) {
        var owner = new TenantDocument.AdminEntry(event.owner().subject(), event.owner().email().value());
        TenantDocument document = mongo.save(new TenantDocument(event.tenantId().slug(), event.displayName(),
                event.partnerId() == null ? null : event.partnerId().value(), List.of(owner), occurredAt, null,
                TenantStatus.ACTIVE));
        // Lets an HTTP caller that is waiting on a subscription query answer as soon as the view exists.
        updates.emit(FindTenantQuery.class, query -> query.tenantId().equals(event.tenantId()), document.toView());
    }

    @EventHandler
    void on(TenantDetailsChangedEvent event) {
        TenantDocument document = mongo.findById(event.tenantId().slug(), TenantDocument.class);
        if (document != null) {
            TenantDocument changed = mongo.save(document.withDetails(event.displayName(), event.admins() == null
                    ? null : event.admins().stream()
                    .map(a -> new TenantDocument.AdminEntry(a.subject(), a.email().value())).toList()));
            updates.emit(FindTenantQuery.class, query -> query.tenantId().equals(event.tenantId()), changed.toView());
        }
    }

    @EventHandler
    void on(PrimaryMailDomainChangedEvent event) {
        change(event.tenantId(), document -> document.withPrimaryMailDomain(
                event.primary() == null ? null : event.primary().value()));
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

    private void change(TenantId tenantId, UnaryOperator<TenantDocument> change) {
        TenantDocument document = mongo.findById(tenantId.slug(), TenantDocument.class);
        if (document != null) {
            TenantDocument changed = mongo.save(change.apply(document));
            updates.emit(FindTenantQuery.class, query -> query.tenantId().equals(tenantId), changed.toView());
        }
    }

    /** The latest result replaces the one before: the tenant's provisioning status is the last comparison's. */
    @EventHandler
    void on(TenantReconciledEvent event, @Timestamp Instant occurredAt) {
        TenantReconciliationDocument document = mongo.save(new TenantReconciliationDocument(event.tenantId().slug(),
                event.operationId(), occurredAt, event.integrations()));
        updates.emit(FindTenantReconciliationQuery.class, query -> query.tenantId().equals(event.tenantId()),
                document.toView());
    }

    /** Answers null before the tenant's first reconciliation. */
    @QueryHandler
    ReconciliationView handle(FindTenantReconciliationQuery query) {
        TenantReconciliationDocument document = mongo.findById(query.tenantId().slug(),
                TenantReconciliationDocument.class);
        return document == null ? null : document.toView();
    }

    /** Answers null when the tenant is unknown; callers ask with an optional response type. */
    @QueryHandler
    TenantView handle(FindTenantQuery query) {
        TenantDocument document = mongo.findById(query.tenantId().slug(), TenantDocument.class);
        return document == null ? null : document.toView();
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(TenantDocument.class);
        mongo.dropCollection(TenantReconciliationDocument.class);
    }
}
