package eu.dezky.sagas.steps;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The retry delays every saga shares: exponential up to a ceiling, jitter only ever added, Retry-After honoured. */
class BackoffTest {

    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(15), 0);

    @Test
    void theDelayDoublesWithEveryFailedTryUpToTheCeilingAndHonoursRetryAfter() {
        assertThat(BACKOFF.delay(1, null, 0.9)).isEqualTo(Duration.ofSeconds(30));
        assertThat(BACKOFF.delay(3, null, 0.9)).isEqualTo(Duration.ofMinutes(2));
        assertThat(BACKOFF.delay(10, null, 0.9)).isEqualTo(Duration.ofMinutes(15));
        assertThat(BACKOFF.delay(1, Duration.ofMinutes(5), 0)).isEqualTo(Duration.ofMinutes(5));
        assertThat(BACKOFF.delay(3, Duration.ofSeconds(1), 0)).as("never shorter than the backoff")
                .isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void jitterOnlyEverAddsToTheDelay() {
        Backoff jittery = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(1), 0.2);
        assertThat(jittery.delay(1, null, 0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(jittery.delay(1, null, 0.5)).isEqualTo(Duration.ofSeconds(11));
        assertThat(SystemSettings.defaults("Sim").backoff().delay(1, null, 0.5)).as("the default: 30 s, 20 % jitter")
                .isEqualTo(Duration.ofSeconds(33));
    }

    @Test
    void badBackoffsAndLimitsAreRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1), 0))
                .hasMessageContaining("maximum at least the base");
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofMinutes(1), 0)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), 1.5))
                .hasMessageContaining("jitter");
        assertThatThrownBy(() -> SystemSettings.defaults("Sim").withAttempts(0)).hasMessageContaining("at least 1");
    }
}
