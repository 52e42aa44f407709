package eu.dezky.adapters.stalwart;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class StalwartRequestLimiterTest {

    @Test
    void requestsBeyondThePerMinuteBudgetWaitForTheWindowToSlide() throws Exception {
        AtomicLong now = new AtomicLong();
        List<Duration> waits = new ArrayList<>();
        RequestLimiter limiter = new RequestLimiter(4, 2, now::get, d -> {
            waits.add(d);
            now.addAndGet(d.toNanos());
        });
        for (int i = 0; i < 3; i++) {
            limiter.acquire();
            limiter.release();
            now.addAndGet(Duration.ofSeconds(10).toNanos());
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(40));
    }

    @Test
    void concurrencyIsCappedAtTheConfiguredLimit() throws Exception {
        RequestLimiter limiter = new RequestLimiter(4, 1000, System::nanoTime, d -> { });
        for (int i = 0; i < 4; i++) {
            limiter.acquire();
        }
        assertThat(limiter.available()).isZero();
        limiter.release();
        assertThat(limiter.available()).isEqualTo(1);
    }

    @Test
    void defaultsAreStalwartsDocumentedLimits() {
        StalwartSettings settings = StalwartSettings.defaults(java.net.URI.create("http://x"), "Bearer k");
        assertThat(settings.maxConcurrentRequests()).isEqualTo(4);
        assertThat(settings.requestsPerMinute()).isEqualTo(1000);
        assertThat(settings.toString()).doesNotContain("Bearer k");
    }
}
