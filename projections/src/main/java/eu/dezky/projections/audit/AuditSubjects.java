package eu.dezky.projections.audit;

/**
 * What the audit trail remembers of the things events refer to by id only: a member's mailbox, and what is being
 * done to a member, alias or list ("created member", "removed alias"), so a step event can say which operation it
 * belongs to.
 */
interface AuditSubjects {

    /** A remembered subject: how it is shown and what is under way on it. */
    record Known(String label, String activity) {
    }

    /** Records the label of {@code key} and the activity now under way on it. */
    void remember(String key, String label, String activity);

    /** What is remembered of {@code key}, else a subject shown as the key itself doing {@code activity}. */
    Known known(String key, String activity);
}
