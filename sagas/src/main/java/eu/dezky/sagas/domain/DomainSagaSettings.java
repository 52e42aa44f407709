package eu.dezky.sagas.domain;

import java.time.Duration;

/**
 * How the mail-domain sagas behave beyond Stalwart's shared settings (switch, attempts, backoff: {@code
 * ExternalSystems}), injected into them as a resource.
 *
 * @param recheckPending   DNS recheck interval while a domain is not verified
 * @param recheckVerified  DNS recheck interval once verified
 * @param dkimWaitAttempts how often to look for Stalwart's DKIM keys before giving up
 * @param dkimWaitInterval pause between those looks
 */
public record DomainSagaSettings(Duration recheckPending, Duration recheckVerified, int dkimWaitAttempts,
                                 Duration dkimWaitInterval) {

    public DomainSagaSettings {
        if (dkimWaitAttempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        requirePositive(recheckPending, "pending recheck interval");
        requirePositive(recheckVerified, "verified recheck interval");
        requirePositive(dkimWaitInterval, "DKIM wait interval");
    }

    /**
     * Rechecks: every 15 min while pending, because an admin who just published records wants to see them turn
     * green soon; daily once verified, which is how fast anyone needs to hear that a record broke. DKIM: Stalwart's
     * task queue creates keys within seconds, 20 × 15 s is ample.
     */
    public static DomainSagaSettings defaults() {
        return new DomainSagaSettings(Duration.ofMinutes(15), Duration.ofHours(24), 20, Duration.ofSeconds(15));
    }

    public DomainSagaSettings withRechecks(Duration pending, Duration verified) {
        return new DomainSagaSettings(pending, verified, dkimWaitAttempts, dkimWaitInterval);
    }

    /** Keeps the same total patience (attempts × interval) when only the polling interval is changed. */
    public DomainSagaSettings withDkimWaitInterval(Duration interval) {
        long patience = dkimWaitAttempts * dkimWaitInterval.toMillis();
        int attempts = (int) Math.max(1, Math.min(1000, patience / Math.max(1, interval.toMillis())));
        return new DomainSagaSettings(recheckPending, recheckVerified, attempts, interval);
    }

    private static void requirePositive(Duration value, String what) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(what + " must be positive");
        }
    }
}
