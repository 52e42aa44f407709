package eu.dezky.adapters.http;

import okhttp3.Interceptor;
import okhttp3.Response;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Client-side limiter of one target, as an okhttp {@link Interceptor}: at most {@code maxConcurrent}
 * requests in flight and at most {@code maxPerMinute} started in any sliding minute. Hand-written
 * (about 40 lines) rather than Resilience4j's Bulkhead + RateLimiter because it must wait on an
 * injected {@link Clock}/{@link Sleeper} so tests can check the per-minute window without waiting a
 * minute, and a sliding log matches "N per minute" limits exactly where a token bucket smooths them.
 */
public final class RequestLimiter implements Interceptor {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Semaphore inFlight;
    private final int maxPerMinute;
    private final Duration maxWait;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Deque<Instant> started = new ArrayDeque<>();

    /** @param maxWait how long a request may queue for a concurrency slot before failing as transient */
    public RequestLimiter(int maxConcurrent, int maxPerMinute, Duration maxWait, Clock clock, Sleeper sleeper) {
        this.inFlight = new Semaphore(maxConcurrent, true);
        this.maxPerMinute = maxPerMinute;
        this.maxWait = maxWait;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        try {
            if (!inFlight.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new InterruptedIOException("client-side concurrency limit: no slot within " + maxWait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a request slot");
        }
        try {
            awaitMinuteBudget();
            return chain.proceed(chain.request());
        } finally {
            inFlight.release();
        }
    }

    private void awaitMinuteBudget() throws InterruptedIOException {
        while (true) {
            Duration wait;
            synchronized (started) {
                Instant now = clock.instant();
                while (!started.isEmpty() && !started.peekFirst().plus(WINDOW).isAfter(now)) {
                    started.pollFirst();
                }
                if (started.size() < maxPerMinute) {
                    started.addLast(now);
                    return;
                }
                wait = Duration.between(now, started.peekFirst().plus(WINDOW));
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for the per-minute budget");
            }
        }
    }
}
