package eu.dezky.sagas.mail;

import eu.dezky.sagas.Backoff;

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
        new Backoff(baseBackoff, maxBackoff, jitter); // rejects a bad backoff now rather than at the first retry
    }

    /** Same patience as the member sagas: 8 tries from 30 s doubling to 15 min. */
    public static MailSagaSettings defaults() {
        return new MailSagaSettings(true, 8, Duration.ofSeconds(30), Duration.ofMinutes(15), 0.2);
    }

    /** The retry delays of every alias and list step (and undo). */
    Backoff backoff() {
        return new Backoff(baseBackoff, maxBackoff, jitter);
    }
}
