package eu.dezky.api.operation;

import java.time.Instant;

/**
 * One step of an operation as the portal shows it: the {@code system} it runs in (as the operation's context names it:
 * {@code SSO}, {@code MAILBOX}, {@code FILES}, {@code MAIL_SERVER}), the object it concerns where an operation has a
 * step per object ({@code target}, else null), its state, the failed tries so far against the limit, the last error
 * or a detail a person can act on, and when the next try is due while it waits. Never carries a secret.
 */
public record OperationStep(String system, String target, StepState state, int attempt, int maxAttempts,
                            String detail, Instant nextAttemptAt) {

    public static OperationStep pending(String system) {
        return new OperationStep(system, null, StepState.PENDING, 0, 0, null, null);
    }
}
