package eu.dezky.platform.metrics;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Refreshes gauges read from a store on a daemon thread of their own, every {@code every} once started: a scrape
 * reads the last figures and never waits on a database. The refresh handles its own failures (keeping the last
 * figures); one that throws anyway is not scheduled again.
 */
final class PeriodicRefresh implements AutoCloseable {

    private final Duration every;
    private final Runnable refresh;
    private final ScheduledExecutorService thread;

    PeriodicRefresh(String name, Duration every, Runnable refresh) {
        this.every = every;
        this.refresh = refresh;
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread daemon = new Thread(runnable, name);
            daemon.setDaemon(true);
            return daemon;
        });
    }

    void start() {
        thread.scheduleWithFixedDelay(refresh, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
