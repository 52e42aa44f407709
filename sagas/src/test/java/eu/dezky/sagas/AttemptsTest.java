package eu.dezky.sagas;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dezky.adapters.http.AdapterException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The retry decision and delay every saga shares, and the bare-number shape the saga store keeps it in. */
class AttemptsTest {

    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(15), 0);

    @Test
    void aStepMayBeRetriedUntilItHasFailedAsOftenAsTheLimitAllowsTries() {
        Attempts twice = Attempts.NONE.failed().failed();
        assertThat(twice.count()).isEqualTo(2);
        assertThat(twice.allowRetry(3)).isTrue();
        assertThat(twice.failed().allowRetry(3)).isFalse();
        assertThat(Attempts.NONE.failed().allowRetry(1)).isFalse();
    }

    @Test
    void theNextDelayBacksOffWithTheCountAndHonoursRetryAfter() {
        AdapterException plain = AdapterException.of(AdapterException.Kind.TRANSIENT, "sim", "busy");
        AdapterException slowDown = new AdapterException(AdapterException.Kind.TRANSIENT, "sim", 429, "slow down",
                Duration.ofMinutes(5), null);
        assertThat(new Attempts(1).nextDelay(BACKOFF, plain)).isEqualTo(Duration.ofSeconds(30));
        assertThat(new Attempts(3).nextDelay(BACKOFF, plain)).isEqualTo(Duration.ofMinutes(2));
        assertThat(new Attempts(10).nextDelay(BACKOFF, plain)).isEqualTo(Duration.ofMinutes(15));
        assertThat(new Attempts(1).nextDelay(BACKOFF, slowDown)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void jitterOnlyEverAddsToTheDelay() {
        Backoff jittery = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(1), 0.2);
        assertThat(jittery.delay(1, null, 0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(jittery.delay(1, null, 0.5)).isEqualTo(Duration.ofSeconds(11));
    }

    @Test
    void theSagaStoreKeepsTheCountAsABareNumber() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(json.writeValueAsString(new Attempts(2))).isEqualTo("2");
        assertThat(json.readValue("2", Attempts.class)).isEqualTo(new Attempts(2));
        assertThat(json.readValue("0", Attempts.class)).isSameAs(Attempts.NONE);
    }

    @Test
    void badCountsAndBackoffsAreRefused() {
        assertThatThrownBy(() -> new Attempts(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1), 0))
                .hasMessageContaining("maximum at least the base");
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofMinutes(1), 0))
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1), 1.5))
                .hasMessageContaining("jitter");
    }
}
