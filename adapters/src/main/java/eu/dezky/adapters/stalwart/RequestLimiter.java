package eu.dezky.adapters.stalwart;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Semaphore;
import java.util.function.LongSupplier;

/**
 * Client-side limiter for one Stalwart account: at most {@code maxConcurrent} requests in flight and
 * at most {@code perMinute} requests started in any sliding 60-second window, so the client stays
 * inside the server's own limits instead of learning them from 429s.
 */
final class RequestLimiter {

    private static final long WINDOW_NANOS = Duration.ofMinutes(1).toNanos();

    private final Semaphore inFlight;
    private final int perMinute;
    private final Deque<Long> started = new ArrayDeque<>();
    private final LongSupplier nanoClock;
    private final Sleeper sleeper;

    RequestLimiter(int maxConcurrent, int perMinute, LongSupplier nanoClock, Sleeper sleeper) {
        this.inFlight = new Semaphore(maxConcurrent, true);
        this.perMinute = perMinute;
        this.nanoClock = nanoClock;
        this.sleeper = sleeper;
    }

    /** Blocks until a request may start; pair with {@link #release()}. */
    void acquire() throws InterruptedException {
        inFlight.acquire();
        try {
            while (true) {
                long wait = reserve();
                if (wait <= 0) {
                    return;
                }
                sleeper.sleep(Duration.ofNanos(wait));
            }
        } catch (InterruptedException | RuntimeException e) {
            inFlight.release();
            throw e;
        }
    }

    void release() {
        inFlight.release();
    }

    /** Records a start and returns 0, or returns how long to wait before the window has room. */
    private synchronized long reserve() {
        long now = nanoClock.getAsLong();
        while (!started.isEmpty() && now - started.peekFirst() >= WINDOW_NANOS) {
            started.pollFirst();
        }
        if (started.size() < perMinute) {
            started.addLast(now);
            return 0;
        }
        return WINDOW_NANOS - (now - started.peekFirst());
    }

    int available() {
        return inFlight.availablePermits();
    }
}
