package eu.dezky.sagas.steps;

import eu.dezky.api.operation.StepState;

import java.time.Instant;

/**
 * One step's progress as the engine reports it to its saga, which turns it into its context's step command. Every
 * report carries the failed tries of the step so far against the system's limit, the detail (the last error while
 * retrying), when the next try is due while it waits, and the object's id where the step knows it.
 */
public record StepReport(StepState state, int attempt, int maxAttempts, String detail, Instant nextAttemptAt,
                         String objectId) {
}
