package eu.dezky.adapters.http;

import com.sun.net.httpserver.HttpServer;
import eu.dezky.adapters.support.RecordingSleeper;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared core on its own: limiter, Retry-After as an HTTP-date, and redacted logging. */
class HttpCoreTest {

    private static final String TOKEN = "s3cr3t-token-value";

    private HttpServer server;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile String retryAfterDate;
    private volatile int status = 503;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            if (calls.incrementAndGet() == 1 && retryAfterDate != null) {
                exchange.getResponseHeaders().set("Retry-After", retryAfterDate);
                exchange.sendResponseHeaders(status, -1);
            } else {
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpTarget target() {
        return HttpTarget.of("test", "http://127.0.0.1:" + server.getAddress().getPort() + "/", () -> "Bearer " + TOKEN);
    }

    private Request get(HttpExecutor http) {
        return new Request.Builder().url(http.url("ping").build()).get().build();
    }

    @Test
    void noMoreThanTheConfiguredRequestsAreInFlightAtOnce() throws Exception {
        HttpExecutor http = HttpExecutor.builder(target().withLimits(2, 1000)).build();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<HttpResult>> results = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            results.add(pool.submit(() -> http.expectSuccess("GET ping", get(http))));
        }
        for (Future<HttpResult> result : results) {
            assertThat(result.get().status()).isEqualTo(204);
        }
        pool.shutdown();

        assertThat(maxInFlight.get()).isLessThanOrEqualTo(2);
    }

    @Test
    void aRequestBeyondTheBudgetIsNotSentButThrottledAtOnceAndGoesThroughOnceATokenIsBack() {
        MutableClock clock = new MutableClock();
        List<Duration> waits = new CopyOnWriteArrayList<>();
        HttpExecutor http = HttpExecutor.builder(target().withLimits(4, 2)).clock(clock).sleeper(waits::add).build();

        http.expectSuccess("GET ping", get(http));
        assertThatThrownBy(() -> http.expectSuccess("GET ping", get(http)))
                .isInstanceOfSatisfying(AdapterException.class, e -> {
                    assertThat(e.throttled()).as("a saga comes back later without counting a try").isTrue();
                    assertThat(e.retryAfter()).hasValueSatisfying(after -> assertThat(after)
                            .isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
                });
        assertThat(calls.get()).as("the throttled request never reached the server").isEqualTo(1);
        assertThat(waits).as("no thread waited for the rate").isEmpty();

        clock.advance(Duration.ofMinutes(1));
        http.expectSuccess("GET ping", get(http));
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void a429EndsTheCallAtOnceAsThrottledWithTheServersRetryAfter() {
        status = 429;
        retryAfterDate = "2";
        List<Duration> waits = new CopyOnWriteArrayList<>();
        HttpExecutor http = HttpExecutor.builder(target()).sleeper(waits::add).build();

        assertThatThrownBy(() -> http.expectSuccess("GET ping", get(http)))
                .isInstanceOfSatisfying(AdapterException.class, e -> {
                    assertThat(e.throttled()).isTrue();
                    assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
                });
        assertThat(waits).isEmpty();
        assertThat(calls.get()).isEqualTo(1);
    }

    @Test
    void retryAfterAsAnHttpDateIsHonoured() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
        retryAfterDate = "Sun, 22 Nov 2026 10:00:04 GMT";
        RecordingSleeper sleeper = new RecordingSleeper();
        HttpExecutor http = HttpExecutor.builder(target()).clock(clock).sleeper(sleeper).build();

        assertThat(http.expectSuccess("GET ping", get(http)).status()).isEqualTo(204);

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(4));
    }

    @Test
    void theAuthorizationHeaderNeverAppearsInTheRequestLog() {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpExecutor http = HttpExecutor.builder(target()).logger(lines::add).build();

        http.expectSuccess("GET ping", get(http));

        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Authorization:"));
        assertThat(String.join("\n", lines)).doesNotContain(TOKEN);
    }

    /** A clock tests move by hand. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-22T10:00:00Z");

        synchronized void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public synchronized Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
