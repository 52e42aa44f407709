package eu.dezky.sagas.domain;

import java.time.Duration;

/**
 * How long a domain whose ownership was never proven is kept ({@code DEZKY_DOMAIN_UNVERIFIED_TTL}), and how long
 * before the end its tenant is warned: a day, or half the time for a shorter one.
 *
 * @param unverifiedTtl from the add to the removal of a domain whose ownership record was never seen
 */
public record DomainExpirySettings(Duration unverifiedTtl) {

    public DomainExpirySettings {
        if (unverifiedTtl == null || unverifiedTtl.isNegative() || unverifiedTtl.isZero()) {
            throw new IllegalArgumentException("the unverified domain TTL must be positive");
        }
    }

    public Duration warnBefore() {
        Duration half = unverifiedTtl.dividedBy(2);
        return half.compareTo(Duration.ofDays(1)) < 0 ? half : Duration.ofDays(1);
    }
}
