package eu.dezky.projections.audit;

import eu.dezky.api.audit.AuditEntryView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One event in the {@code audit_entries} collection, keyed by the event's id so a replay rewrites the same entry.
 * {@code sequence} is the event's position in the store (the trail's order and paging cursor); {@code aggregateId}
 * lets a tenant's history find the event again. Flat fields, so filters need no nested paths.
 */
@Document("audit_entries")
record AuditEntryDocument(@Id String id, long sequence, Instant time, String tenant, String type,
                          String actorSubject, String actorAudience, String actorEmail, String summary,
                          String targetKind, String targetId, String targetLabel, String outcome, String requestId,
                          String clientIp, String operationId, String aggregateId) {

    AuditEntryView toView() {
        return new AuditEntryView(id, sequence, time, tenant, type,
                new AuditEntryView.Actor(actorSubject, actorAudience, actorEmail), summary,
                targetKind == null ? null : new AuditEntryView.Target(targetKind, targetId, targetLabel), outcome,
                requestId, clientIp, operationId);
    }
}
