package eu.dezky.sagas.steps;

/** What a saga does when a step fails for good (after its look-up found it not done either). */
public enum GiveUp {
    /** Report the step FAILED, undo the done steps in reverse (an undo that fails for good is parked), then fail. */
    COMPENSATE,
    /** Report the step NEEDS_ATTENTION and go on with the next one (a removal: do what can be done, say what not). */
    PARK,
    /** Report the step FAILED and stop; {@link StepEngine#proceed} later goes on from that step. */
    STOP
}
