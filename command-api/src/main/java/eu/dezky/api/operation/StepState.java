package eu.dezky.api.operation;

/** The state of one system's step of an operation. */
public enum StepState {
    PENDING, DONE, RETRYING, FAILED, COMPENSATED, SKIPPED,
    /** Undoing the step failed repeatedly; an operator must clean up (the detail says what). */
    NEEDS_ATTENTION;

    /** States the saga reports while undoing steps, also after the member's outcome is recorded. */
    public boolean compensating() {
        return this == COMPENSATED || this == NEEDS_ATTENTION;
    }
}
