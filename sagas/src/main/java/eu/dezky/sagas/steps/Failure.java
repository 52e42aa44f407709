package eu.dezky.sagas.steps;

import eu.dezky.adapters.http.AdapterException;

/**
 * A step's failure as a saga words it: the step, the last error and how often the step has failed. A saga's reason
 * uses {@link #reason()}, the error in an admin's words; the vendor's own text ({@link #raw()}) goes into the step's
 * detail, where operators find it.
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

    /** Why it failed, translated from the vendor's error code or status into words a tenant admin can act on. */
    public String reason() {
        return VendorReasons.explain(error);
    }

    /** The vendor's own reason, for the step's detail. */
    public String raw() {
        return error.reason();
    }

    /** The step's detail: the saga's {@code reason}, then what the system answered. */
    String detail(String reason) {
        return reason + " [" + error.getMessage() + "]";
    }
}
