package eu.dezky.api.member;

/** Where a member operation is: running, or ended done or failed (then its reason says why). */
public enum OperationStatus {
    RUNNING, DONE, FAILED
}
