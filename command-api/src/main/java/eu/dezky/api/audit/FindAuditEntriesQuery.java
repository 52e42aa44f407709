package eu.dezky.api.audit;

/**
 * One page of the audit trail, newest first: at most {@code limit} entries older than the cursor {@code before}
 * (an entry's {@code sequence}; null for the newest).
 */
public record FindAuditEntriesQuery(AuditFilter filter, Long before, int limit) {
}
