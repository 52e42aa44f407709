package eu.dezky.sagas.mail;

import java.time.Duration;

/**
 * How the alias and list sagas behave, injected into them as a resource. They only talk to Stalwart, so they follow
 * the member sagas' Stalwart settings (STALWART_PROVISIONING_ENABLED, DEZKY_MEMBER_STALWART_MAX_ATTEMPTS and the
 * member retry backoffs) rather than adding knobs of their own.
 *
 * @param stalwartEnabled  false: the mail-server step is recorded as skipped
 * @param stalwartAttempts tries per step (and per undo) before giving up
 * @param baseBackoff      first retry delay; doubles with every further attempt
 * @param maxBackoff       ceiling of one retry delay
 * @param jitter           random extra delay as a fraction of the delay, so retries spread out
 */
public record MailSagaSettings(boolean stalwartEnabled, int stalwartAttempts, Duration baseBackoff,
                               Duration maxBackoff, double jitter) {

    public MailSagaSettings {
        if (stalwartAttempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("retry jitter must be between 0 and 1");
        }
        if (baseBackoff == null || baseBackoff.isNegative() || baseBackoff.isZero()
                || maxBackoff == null || maxBackoff.compareTo(baseBackoff) < 0) {
            throw new IllegalArgumentException("backoffs must be positive and the maximum at least the base");
        }
    }

    /** Same patience as the member sagas: 8 tries from 30 s doubling to 15 min. */
    public static MailSagaSettings defaults() {
        return new MailSagaSettings(true, 8, Duration.ofSeconds(30), Duration.ofMinutes(15), 0.2);
    }

    /** The delay before retry number {@code attempt} (1-based), never shorter than what the server asked for. */
    Duration backoff(int attempt, Duration retryAfter, double random) {
        long delay = Math.min(baseBackoff.toMillis() << Math.min(attempt - 1, 20), maxBackoff.toMillis());
        delay += (long) (delay * jitter * random);
        return Duration.ofMillis(retryAfter == null ? delay : Math.max(delay, retryAfter.toMillis()));
    }
}
