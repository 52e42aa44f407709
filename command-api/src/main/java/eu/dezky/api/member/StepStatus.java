package eu.dezky.api.member;

import eu.dezky.api.operation.StepState;

import java.time.Instant;

/**
 * One system's step as the operation shows it: {@code RETRYING} carries the failed attempt and the limit
 * ("retrying 2/8") and when the next try is due, every state may carry a detail a person can act on. Never carries
 * a secret.
 */
public record StepStatus(MemberSystem system, StepState state, int attempt, int maxAttempts, String detail,
                         Instant nextAttemptAt) {

    public static StepStatus pending(MemberSystem system) {
        return new StepStatus(system, StepState.PENDING, 0, 0, null, null);
    }
}
