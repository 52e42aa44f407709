package eu.dezky.projections.audit;

import eu.dezky.api.audit.AuditMetadata;
import eu.dezky.api.audit.EventTypeNames;
import eu.dezky.api.common.TenantScoped;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the {@code audit_entries} collection: one entry per event of any type, written whole under the event's id,
 * so a replay or a redelivery rewrites the same entry. Who, which request and which operation come from the
 * event's metadata (copied from the command that caused it); what happened, in words, from {@link Describers}.
 * Entries never hold a payload, so no secret reaches them.
 */
@Component
@ProcessingGroup(AuditProjection.PROCESSING_GROUP)
public class AuditProjection {

    /** Processor name, also the key of its tracking token in MongoDB. */
    public static final String PROCESSING_GROUP = "audit-views";

    /** How the actor is named when the engine acted without a caller. */
    static final String ENGINE = "the engine";

    private final MongoTemplate mongo;
    private final Describers describers = Describers.all();
    private final AuditSubjects subjects;

    public AuditProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        this.subjects = new StoredSubjects(mongo);
    }

    @EventHandler
    void on(Object payload, EventMessage<?> event) {
        MetaData metaData = event.getMetaData();
        AuditDescription description = describers.describe(payload, subjects);
        String subject = text(metaData, AuditMetadata.SUBJECT);
        String email = text(metaData, AuditMetadata.EMAIL);
        String actor = email != null ? email : subject != null ? subject : ENGINE;
        String tenant = payload instanceof TenantScoped scoped ? scoped.tenantId().slug()
                : text(metaData, AuditMetadata.TENANT);
        long sequence = event instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                ? tracked.trackingToken().position().orElse(-1) : -1;
        mongo.save(new AuditEntryDocument(event.getIdentifier(), sequence, event.getTimestamp(), tenant,
                EventTypeNames.of(payload.getClass()), subject, text(metaData, AuditMetadata.AUDIENCE), email,
                description.summary(actor), description.targetKind(), description.targetId(),
                description.targetLabel(), description.outcome(), text(metaData, AuditMetadata.REQUEST_ID),
                text(metaData, AuditMetadata.CLIENT_IP), operationId(metaData, description),
                event instanceof DomainEventMessage<?> domainEvent ? domainEvent.getAggregateIdentifier() : null));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(AuditEntryDocument.class);
        mongo.dropCollection(AuditSubjectDocument.class);
    }

    /** The operation from the metadata; for events recorded before every event carried one, the event's own. */
    private static String operationId(MetaData metaData, AuditDescription description) {
        String fromMetaData = text(metaData, AuditMetadata.OPERATION_ID);
        return fromMetaData != null ? fromMetaData : description.operationId();
    }

    private static String text(MetaData metaData, String key) {
        Object value = metaData.get(key);
        return value == null ? null : value.toString();
    }

    /** {@link AuditSubjects} in the {@code audit_subjects} collection. */
    private record StoredSubjects(MongoTemplate mongo) implements AuditSubjects {

        @Override
        public void remember(String key, String label, String activity) {
            mongo.save(new AuditSubjectDocument(key, label, activity));
        }

        @Override
        public Known known(String key, String activity) {
            AuditSubjectDocument known = mongo.findById(key, AuditSubjectDocument.class);
            return known == null ? new Known(key, activity) : new Known(known.label(), known.activity());
        }
    }
}
