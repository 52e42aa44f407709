package eu.dezky.sagas.steps;

import java.time.Duration;

/**
 * Thrown by a step that cannot finish yet for a reason that is no failure (the system is still preparing something
 * the step needs): the engine looks again after {@code after} without counting an attempt. A step that may wait
 * forever must count its own looks and give up with {@link StepFailed}.
 */
public final class NotYet extends RuntimeException {

    private final transient Duration after;

    public NotYet(Duration after, String detail) {
        super(detail, null, false, false);
        this.after = after;
    }

    public Duration after() {
        return after;
    }

    public String detail() {
        return getMessage();
    }
}
