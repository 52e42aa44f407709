package eu.dezky.adapters.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Client-side limiter of one target, shared by every caller of that system: at most {@code maxConcurrent} requests in
 * flight and a token bucket that refills smoothly, so no sliding minute sees more than {@code maxPerMinute} starts.
 *
 * <p>It never makes a caller wait for the rate: {@link #tryStart()} answers at once, either "go" or how long until a
 * token is free, and the caller (a saga step) reschedules itself instead of holding its thread. So that the callers
 * told to come back do not all come back at the same instant, each gets its own later slot: a virtual queue whose
 * tail ({@code horizon}) moves one refill interval per caller sent away, wrapping within one bucket's worth of refills
 * (a caller is never sent further than about two seconds past the next token). Only a free concurrency slot is waited for,
 * and briefly ({@code slotWait}): that wait ends with another caller's answer, not with the clock.
 *
 * <p>The bucket holds two seconds' worth of tokens (bursts as large as a scheduler poll releases at once) and refills
 * at {@code maxPerMinute} minus that, which keeps any minute within the configured limit.
 *
 * <p>A saga step {@link #reserve reserves} all its calls at once (all or none, a reservation no larger than the
 * bucket): its thread's next requests then start on the reserved tokens, and {@link #release()} gives back the rest.
 */
public final class RequestLimiter implements Admission {

    private final Semaphore inFlight;
    private final Duration slotWait;
    private final Clock clock;
    private final double capacity;
    private final double tokensPerNano;
    private final long intervalNanos;
    private double tokens;
    private Instant refilled;
    private Instant horizon;
    /** Tokens this thread reserved and has not used yet. */
    private final ThreadLocal<int[]> reserved = ThreadLocal.withInitial(() -> new int[1]);

    /** The longest wait for another request's answer to free a concurrency slot. */
    private static final Duration SLOT_WAIT = Duration.ofSeconds(1);

    /** The limiter of {@code target}'s limits, waiting for a slot at most a second (or the call timeout). */
    public static RequestLimiter of(HttpTarget target, Clock clock) {
        Duration slotWait = SLOT_WAIT.compareTo(target.callTimeout()) < 0 ? SLOT_WAIT : target.callTimeout();
        return new RequestLimiter(target.maxConcurrentRequests(), target.maxRequestsPerMinute(), slotWait, clock);
    }

    /** @param slotWait how long a request may wait for another's answer to free a concurrency slot */
    public RequestLimiter(int maxConcurrent, int maxPerMinute, Duration slotWait, Clock clock) {
        if (maxConcurrent < 1 || maxPerMinute < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.inFlight = new Semaphore(maxConcurrent, true);
        this.slotWait = slotWait;
        this.clock = clock;
        this.capacity = Math.max(1, maxPerMinute / 30);
        double perMinute = Math.max(1, maxPerMinute - capacity);
        this.tokensPerNano = perMinute / Duration.ofMinutes(1).toNanos();
        this.intervalNanos = (long) Math.ceil(1 / tokensPerNano);
        this.tokens = capacity;
        this.refilled = clock.instant();
        this.horizon = refilled;
    }

    /**
     * Takes a token and a concurrency slot, or answers how long to stay away (and takes neither).
     *
     * @return {@link Duration#ZERO} when the request may start now ({@link #finished()} must follow), else the wait
     */
    public Duration tryStart() {
        int[] mine = reserved.get();
        Duration wait = Duration.ZERO;
        if (mine[0] > 0) {
            mine[0]--;
        } else {
            wait = takeTokens(1);
        }
        if (!wait.isZero()) {
            return wait;
        }
        try {
            if (inFlight.tryAcquire(slotWait.toMillis(), TimeUnit.MILLISECONDS)) {
                return Duration.ZERO;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // no slot: the token is spent all the same (the server never sees it, the budget stays on the safe side)
        return slotWait.isZero() ? Duration.ofMillis(100) : slotWait;
    }

    /** Frees the concurrency slot of a request {@link #tryStart()} let start. */
    public void finished() {
        inFlight.release();
    }

    @Override
    public Duration reserve(int requests) {
        int n = (int) Math.min(Math.max(1, requests), capacity);
        release();
        Duration wait = takeTokens(n);
        if (wait.isZero()) {
            reserved.get()[0] = n;
        }
        return wait;
    }

    @Override
    public void release() {
        int[] mine = reserved.get();
        if (mine[0] > 0) {
            synchronized (this) {
                tokens = Math.min(capacity, tokens + mine[0]);
            }
            mine[0] = 0;
        }
    }

    private synchronized Duration takeTokens(int n) {
        Instant now = clock.instant();
        long elapsed = Math.max(0, Duration.between(refilled, now).toNanos());
        tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
        refilled = now;
        if (tokens >= n) {
            tokens -= n;
            return Duration.ZERO;
        }
        Instant tokenDue = now.plusNanos((long) Math.ceil((n - tokens) / tokensPerNano));
        Instant queued = horizon.plusNanos(n * intervalNanos);
        // A slot is a hint, not a reservation: callers sent away again must not push the queue's tail ever further
        // (under a long burst it ran minutes ahead). The spread wraps within one bucket's worth of refills.
        if (queued.isAfter(tokenDue.plusNanos((long) (capacity * intervalNanos)))) {
            queued = tokenDue;
        }
        horizon = tokenDue.isAfter(queued) ? tokenDue : queued;
        return Duration.between(now, horizon);
    }
}
