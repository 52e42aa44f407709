package eu.dezky.api.audit;

/** The whole selection of the audit trail, newest first, for a streaming query: read as it is written out. */
public record FindAuditTrailQuery(AuditFilter filter) {
}
