package eu.dezky.api.audit;

import java.util.List;

/** A page of audit entries, newest first; {@code nextCursor} is null on the last page. */
public record AuditPage(List<AuditEntryView> entries, Long nextCursor) {
}
