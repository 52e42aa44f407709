package eu.dezky.sagas.claim;

import java.time.Duration;

/**
 * How long a provisional address claim waits for its member to be created before it releases itself
 * (DEZKY_MEMBER_CLAIM_CONFIRM_WITHIN). Far longer than the milliseconds between claim and create, so only a claim
 * whose member never came to exist is released.
 */
public record ClaimSettings(Duration confirmWithin) {

    public ClaimSettings {
        if (confirmWithin == null || confirmWithin.isNegative() || confirmWithin.isZero()) {
            throw new IllegalArgumentException("the claim confirmation window must be positive");
        }
    }

    public static ClaimSettings defaults() {
        return new ClaimSettings(Duration.ofMinutes(10));
    }
}
