package eu.dezky.api.audit;

import java.time.Instant;

/**
 * One event of the audit trail: when, who ({@code actor}; null subject for the engine acting on its own), a short
 * summary in words ("alice@acme.test suspended bob@acme.test"), what it concerned, how it ended ({@code requested},
 * {@code progress}, {@code succeeded}, {@code failed}), and the request and operation it belongs to.
 * {@code sequence} orders the trail and is the paging cursor.
 */
public record AuditEntryView(String id, long sequence, Instant time, String tenant, String type, Actor actor,
                             String summary, Target target, String outcome, String requestId, String clientIp,
                             String operationId) {

    /** Who caused the event: the token's subject and audience, and its e-mail when the token carried one. */
    public record Actor(String subject, String audience, String email) {
    }

    /** What the event is about: a kind ({@code member}, {@code domain} …), its id and a label a person reads. */
    public record Target(String kind, String id, String label) {
    }
}
