package eu.dezky.adapters.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(5, Duration.ofMillis(100), Duration.ofMillis(500), 0.5);

    @Test
    void backoffDoublesPerAttemptUpToTheCap() {
        assertThat(policy.backoff(1, 0)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.backoff(2, 0)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoff(3, 0)).isEqualTo(Duration.ofMillis(400));
        assertThat(policy.backoff(4, 0)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.backoff(60, 0)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void jitterTakesOffAtMostItsShareOfTheDelay() {
        assertThat(policy.backoff(2, 0.999)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(100), 0).backoff(1, 0.9))
                .isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void targetsDefaultToStalwartsDocumentedLimits() {
        HttpTarget target = HttpTarget.of("stalwart", "https://mail.example/", () -> "Bearer x");

        assertThat(target.maxConcurrentRequests()).isEqualTo(4);
        assertThat(target.maxRequestsPerMinute()).isEqualTo(1000);
        assertThat(target.withLimits(8, 50).maxRequestsPerMinute()).isEqualTo(50);
    }

    @Test
    void nonsensicalPoliciesAreRefused() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(2, Duration.ofSeconds(2), Duration.ofSeconds(1), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(2, Duration.ZERO, Duration.ZERO, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
