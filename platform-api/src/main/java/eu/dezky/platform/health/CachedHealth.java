package eu.dezky.platform.health;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A health check that answers in a bounded time even when what it checks hangs (a PostgreSQL that stopped answering
 * holds a connection attempt for the pool's whole 30 s timeout). The check runs on a worker thread, at most one at a
 * time; a caller waits for it at most {@code wait}, then gets the last result while the check is young, and DOWN once
 * it has run longer than {@code patience}. A result is reused for {@code maxAge}, so frequent probes do not each hit
 * the database.
 */
public final class CachedHealth implements HealthIndicator {

    private final HealthIndicator check;
    private final ExecutorService workers;
    private final Duration maxAge;
    private final Duration wait;
    private final Duration patience;
    private final Clock clock;

    private CompletableFuture<Health> inFlight;
    private Instant inFlightSince;
    private Health last;
    private Instant lastAt;

    CachedHealth(HealthIndicator check, ExecutorService workers, Duration maxAge, Duration wait, Duration patience,
                 Clock clock) {
        this.check = check;
        this.workers = workers;
        this.maxAge = maxAge;
        this.wait = wait;
        this.patience = patience;
        this.clock = clock;
    }

    /** Checked at most every {@code maxAge}, waited for 200 ms, DOWN after 900 ms without an answer. */
    public static CachedHealth every(Duration maxAge, HealthIndicator check, ExecutorService workers) {
        return new CachedHealth(check, workers, maxAge, Duration.ofMillis(200), Duration.ofMillis(900),
                Clock.systemUTC());
    }

    /** The defaults for the stores: checked at most every second, waited for 200 ms, DOWN after 900 ms. */
    static CachedHealth of(HealthIndicator check, ExecutorService workers) {
        return new CachedHealth(check, workers, Duration.ofSeconds(1), Duration.ofMillis(200), Duration.ofMillis(900),
                Clock.systemUTC());
    }

    @Override
    public Health health() {
        CompletableFuture<Health> running = start();
        try {
            Health result = running.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return remember(result);
        } catch (TimeoutException e) {
            return whileRunning();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("error", "interrupted").build();
        } catch (Exception e) {
            return remember(Health.down(e).build());
        }
    }

    private synchronized CompletableFuture<Health> start() {
        Instant now = clock.instant();
        if (inFlight != null && !inFlight.isDone()) {
            return inFlight;
        }
        if (last != null && lastAt.plus(maxAge).isAfter(now)) {
            return CompletableFuture.completedFuture(last);
        }
        inFlightSince = now;
        inFlight = CompletableFuture.supplyAsync(() -> {
            try {
                return check.health();
            } catch (RuntimeException e) {
                return Health.down(e).build();
            }
        }, workers);
        inFlight.thenAccept(this::remember);
        return inFlight;
    }

    private synchronized Health remember(Health result) {
        if (result != last) {
            last = result;
            lastAt = clock.instant();
        }
        return result;
    }

    private synchronized Health whileRunning() {
        Duration running = Duration.between(inFlightSince, clock.instant());
        if (running.compareTo(patience) > 0 || last == null) {
            return Health.down().withDetail("error", "no answer for " + running.toMillis() + " ms").build();
        }
        return last;
    }
}
