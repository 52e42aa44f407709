package eu.dezky.api.mail;

import eu.dezky.api.operation.StepState;

import java.time.Instant;

/**
 * The mail-server step of an alias's or list's current operation: {@code RETRYING} carries the failed attempt and
 * the limit ("retrying 2/8"); the detail says what a person can do. Never carries a secret.
 */
public record MailStep(StepState state, int attempt, int maxAttempts, String detail, Instant nextAttemptAt) {

    public static MailStep pending() {
        return new MailStep(StepState.PENDING, 0, 0, null, null);
    }
}
