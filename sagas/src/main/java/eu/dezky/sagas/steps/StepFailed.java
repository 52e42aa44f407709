package eu.dezky.sagas.steps;

/**
 * Thrown by a step (or an undo) that must give up at once with a reason of the saga's own (an expired one-time
 * password, a zone file that cannot be read): no retry and no look-up, the give-up policy applies straight away.
 */
public final class StepFailed extends RuntimeException {

    public StepFailed(String reason) {
        super(reason, null, false, false);
    }

    public String reason() {
        return getMessage();
    }
}
