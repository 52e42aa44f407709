package eu.dezky.projections.audit;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A member's, alias's or list's label and current activity, keyed by aggregate id; see {@link AuditSubjects}. */
@Document("audit_subjects")
record AuditSubjectDocument(@Id String key, String label, String activity) {
}
