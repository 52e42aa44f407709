package eu.dezky.adapters.http;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class RetryAfterTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void delaySecondsAreReadAsSeconds() {
        assertThat(RetryAfter.parse("120", clock)).contains(Duration.ofSeconds(120));
    }

    @Test
    void httpDateIsReadRelativeToNow() {
        assertThat(RetryAfter.parse("Sun, 22 Nov 2026 10:00:30 GMT", clock)).contains(Duration.ofSeconds(30));
    }

    @Test
    void dateInThePastMeansRetryNow() {
        assertThat(RetryAfter.parse("Sun, 22 Nov 2026 09:00:00 GMT", clock)).contains(Duration.ZERO);
    }

    @Test
    void missingOrUnreadableHeaderGivesNoHint() {
        assertThat(RetryAfter.parse(null, clock)).isEmpty();
        assertThat(RetryAfter.parse("soon", clock)).isEmpty();
    }
}
