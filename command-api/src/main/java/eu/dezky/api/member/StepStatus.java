package eu.dezky.api.member;

/**
 * One system's step as the operation shows it: {@code RETRYING} carries the failed attempt and the limit
 * ("retrying 2/8"), every state may carry a detail a person can act on. Never carries a secret.
 */
public record StepStatus(MemberSystem system, StepState state, int attempt, int maxAttempts, String detail) {

    public static StepStatus pending(MemberSystem system) {
        return new StepStatus(system, StepState.PENDING, 0, 0, null);
    }
}
