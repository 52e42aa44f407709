package eu.dezky.sagas;

/**
 * Counts the retries sagas schedule, for the engine's metrics ({@code dezky_saga_retries_total}). A saga (or the
 * step engine) calls {@link #scheduled} each time a transient failure makes it schedule another try; the engine
 * provides the bean, and without one nothing is counted.
 */
public interface StepRetries {

    /** Counts nothing. */
    StepRetries NONE = (operationKind, system) -> { };

    /**
     * A retry was scheduled.
     *
     * @param operationKind the operation's kind, e.g. {@code member-onboarding}
     * @param system        the external system of the failed step, e.g. {@code stalwart}
     */
    void scheduled(String operationKind, String system);
}
