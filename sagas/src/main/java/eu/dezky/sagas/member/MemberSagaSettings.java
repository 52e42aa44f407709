package eu.dezky.sagas.member;

import eu.dezky.api.member.MemberSystem;
import eu.dezky.sagas.Backoff;

import java.time.Duration;

/**
 * How the member sagas behave, injected into them as a resource.
 *
 * @param authentikEnabled  false: the SSO step is recorded as skipped (AUTHENTIK_PROVISIONING_ENABLED)
 * @param stalwartEnabled   false: the mailbox step is recorded as skipped (STALWART_PROVISIONING_ENABLED)
 * @param ocisEnabled       false: the file-storage step is recorded as skipped (OCIS_PROVISIONING_ENABLED)
 * @param authentikAttempts tries per Authentik step (and per undo) before giving up
 * @param stalwartAttempts  the same for Stalwart
 * @param ocisAttempts      the same for oCIS
 * @param baseBackoff       first retry delay; doubles with every further attempt
 * @param maxBackoff        ceiling of one retry delay
 * @param jitter            random extra delay as a fraction of the delay, so retries spread out
 */
public record MemberSagaSettings(boolean authentikEnabled, boolean stalwartEnabled, boolean ocisEnabled,
                                 int authentikAttempts, int stalwartAttempts, int ocisAttempts,
                                 Duration baseBackoff, Duration maxBackoff, double jitter) {

    public MemberSagaSettings {
        if (authentikAttempts < 1 || stalwartAttempts < 1 || ocisAttempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        new Backoff(baseBackoff, maxBackoff, jitter); // rejects a bad backoff now rather than at the first retry
    }

    /** Same patience as the mail-domain sagas: 8 tries from 30 s doubling to 15 min ride out a restart or outage. */
    public static MemberSagaSettings defaults() {
        return new MemberSagaSettings(true, true, true, 8, 8, 8, Duration.ofSeconds(30), Duration.ofMinutes(15), 0.2);
    }

    public MemberSagaSettings withEnabled(boolean authentik, boolean stalwart, boolean ocis) {
        return new MemberSagaSettings(authentik, stalwart, ocis, authentikAttempts, stalwartAttempts, ocisAttempts,
                baseBackoff, maxBackoff, jitter);
    }

    public MemberSagaSettings withAttempts(int authentik, int stalwart, int ocis) {
        return new MemberSagaSettings(authentikEnabled, stalwartEnabled, ocisEnabled, authentik, stalwart, ocis,
                baseBackoff, maxBackoff, jitter);
    }

    public MemberSagaSettings withBackoff(Duration base, Duration max, double jitter) {
        return new MemberSagaSettings(authentikEnabled, stalwartEnabled, ocisEnabled, authentikAttempts,
                stalwartAttempts, ocisAttempts, base, max, jitter);
    }

    boolean enabled(MemberSystem system) {
        return switch (system) {
            case SSO -> authentikEnabled;
            case MAILBOX -> stalwartEnabled;
            case FILES -> ocisEnabled;
        };
    }

    int attempts(MemberSystem system) {
        return switch (system) {
            case SSO -> authentikAttempts;
            case MAILBOX -> stalwartAttempts;
            case FILES -> ocisAttempts;
        };
    }

    /** The retry delays of every member step (and undo). */
    Backoff backoff() {
        return new Backoff(baseBackoff, maxBackoff, jitter);
    }
}
