package eu.dezky.sagas.domain;

import eu.dezky.sagas.Backoff;

import java.time.Duration;

/**
 * How the mail-domain sagas behave, injected into them as a resource.
 *
 * @param stalwartEnabled    false: domains are recorded with the ownership record only (STALWART_PROVISIONING_ENABLED)
 * @param retryMaxAttempts   transient failures tolerated per operation before it is recorded as failed
 * @param retryBaseBackoff   first retry delay; doubles with every further attempt
 * @param retryMaxBackoff    ceiling of one retry delay
 * @param retryJitter        random extra delay as a fraction of the delay (0.2 = up to +20 %), so retries spread out
 * @param recheckPending     DNS recheck interval while a domain is not verified
 * @param recheckVerified    DNS recheck interval once verified
 * @param dkimWaitAttempts   how often to look for Stalwart's DKIM keys before giving up
 * @param dkimWaitInterval   pause between those looks
 */
public record DomainSagaSettings(boolean stalwartEnabled, int retryMaxAttempts, Duration retryBaseBackoff,
                                 Duration retryMaxBackoff, double retryJitter, Duration recheckPending,
                                 Duration recheckVerified, int dkimWaitAttempts, Duration dkimWaitInterval) {

    public DomainSagaSettings {
        if (retryMaxAttempts < 1 || dkimWaitAttempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        if (retryJitter < 0 || retryJitter > 1) {
            throw new IllegalArgumentException("retry jitter must be between 0 and 1");
        }
        requirePositive(retryBaseBackoff, "retry backoff");
        requirePositive(retryMaxBackoff, "maximum retry backoff");
        requirePositive(recheckPending, "pending recheck interval");
        requirePositive(recheckVerified, "verified recheck interval");
        requirePositive(dkimWaitInterval, "DKIM wait interval");
        new Backoff(retryBaseBackoff, retryMaxBackoff, retryJitter); // also: the maximum at least the base
    }

    /**
     * Retries: 8 attempts from 30 s doubling up to 15 min cover a Stalwart restart or a short outage (about an
     * hour in all) without hammering it. Rechecks: every 15 min while pending, because an admin who just
     * published records wants to see them turn green soon; daily once verified, which is how fast anyone needs
     * to hear that a record broke. DKIM: Stalwart's task queue creates keys within seconds, 20 × 15 s is ample.
     */
    public static DomainSagaSettings defaults() {
        return new DomainSagaSettings(true, 8, Duration.ofSeconds(30), Duration.ofMinutes(15), 0.2,
                Duration.ofMinutes(15), Duration.ofHours(24), 20, Duration.ofSeconds(15));
    }

    public DomainSagaSettings withStalwartEnabled(boolean enabled) {
        return new DomainSagaSettings(enabled, retryMaxAttempts, retryBaseBackoff, retryMaxBackoff, retryJitter,
                recheckPending, recheckVerified, dkimWaitAttempts, dkimWaitInterval);
    }

    public DomainSagaSettings withRechecks(Duration pending, Duration verified) {
        return new DomainSagaSettings(stalwartEnabled, retryMaxAttempts, retryBaseBackoff, retryMaxBackoff, retryJitter,
                pending, verified, dkimWaitAttempts, dkimWaitInterval);
    }

    /** Keeps the same total patience (attempts × interval) when only the polling interval is changed. */
    public DomainSagaSettings withDkimWaitInterval(Duration interval) {
        long patience = dkimWaitAttempts * dkimWaitInterval.toMillis();
        int attempts = (int) Math.max(1, Math.min(1000, patience / Math.max(1, interval.toMillis())));
        return new DomainSagaSettings(stalwartEnabled, retryMaxAttempts, retryBaseBackoff, retryMaxBackoff, retryJitter,
                recheckPending, recheckVerified, attempts, interval);
    }

    public DomainSagaSettings withRetryJitter(double jitter) {
        return new DomainSagaSettings(stalwartEnabled, retryMaxAttempts, retryBaseBackoff, retryMaxBackoff, jitter,
                recheckPending, recheckVerified, dkimWaitAttempts, dkimWaitInterval);
    }

    /** The retry delays of the setup and removal sagas' Stalwart calls. */
    Backoff backoff() {
        return new Backoff(retryBaseBackoff, retryMaxBackoff, retryJitter);
    }

    private static void requirePositive(Duration value, String what) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(what + " must be positive");
        }
    }
}
