package eu.dezky.sagas.steps;

import eu.dezky.adapters.http.AdapterException;

/**
 * A step's failure as a saga words it: the step, the last error and how often the step has failed.
 *
 * @param attempts failed tries of the step (or undo) so far, this one included
 */
public record Failure(Step step, AdapterException error, int attempts) {

    /** True when the step would have been retried and ran out of attempts; false when the system refused. */
    public boolean exhausted() {
        return step.retries(error);
    }

    /** The system's product name. */
    public String system() {
        return step.system().name();
    }

    /** The system's own reason. */
    public String reason() {
        return error.reason();
    }
}
