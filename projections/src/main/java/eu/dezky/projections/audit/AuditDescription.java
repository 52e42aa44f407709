package eu.dezky.projections.audit;

/**
 * What an event means in words: the actor's action on a target ("suspended bob@acme.test"), an optional detail,
 * the target, the outcome, and the operation where the event names one. The summary puts the actor in front.
 */
record AuditDescription(String action, String detail, String targetKind, String targetId, String targetLabel,
                        String outcome, String operationId) {

    static final String REQUESTED = "requested";
    static final String PROGRESS = "progress";
    static final String SUCCEEDED = "succeeded";
    static final String FAILED = "failed";

    /** {@code action} on the target of kind {@code kind} known by {@code id}, shown as {@code label}. */
    static AuditDescription of(String action, String kind, String id, String label, String outcome) {
        return new AuditDescription(action + " " + label, null, kind, id, label, outcome, null);
    }

    AuditDescription withDetail(String text) {
        return new AuditDescription(action, text, targetKind, targetId, targetLabel, outcome, operationId);
    }

    /** The operation the event belongs to, where the event itself names it. */
    AuditDescription withOperation(String id) {
        return new AuditDescription(action, detail, targetKind, targetId, targetLabel, outcome, id);
    }

    String summary(String actor) {
        return actor + " " + action + (detail == null || detail.isBlank() ? "" : ": " + detail);
    }
}
