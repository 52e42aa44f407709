package eu.dezky.projections.audit;

/**
 * What the audit trail remembers of the things events refer to by id only: a member's mailbox, and what is being
 * done to a member, alias or list ("created member", "removed alias"), so a step event can say which operation it
 * belongs to.
 */
interface AuditSubjects {

    /** Records the label of {@code key} and the activity now under way on it. */
    void remember(String key, String label, String activity);

    /** The label recorded for {@code key}, else {@code fallback}. */
    String label(String key, String fallback);

    /** The activity recorded for {@code key}, else {@code fallback}. */
    String activity(String key, String fallback);
}
