package eu.dezky.platform.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A gauge with a row per tag set, read from a store on a daemon thread of its own every {@code every} once the engine
 * is ready: a scrape reads the last rows and never waits on a database, and a store that is down or slow leaves the
 * last figures in place (health says why).
 */
abstract class StoreGauge implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StoreGauge.class);

    private final String name;
    private final Duration every;
    private final MultiGauge gauge;
    private final ScheduledExecutorService thread;

    StoreGauge(MeterRegistry registry, String name, String description, Duration every) {
        this.name = name;
        this.every = every;
        this.gauge = MultiGauge.builder(name).description(description).register(registry);
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread daemon = new Thread(runnable, name);
            daemon.setDaemon(true);
            return daemon;
        });
    }

    /** The rows as the store has them now. */
    protected abstract List<MultiGauge.Row<?>> read() throws Exception;

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        thread.scheduleWithFixedDelay(this::refresh, 0, every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void refresh() {
        try {
            gauge.register(read(), true);
        } catch (Exception e) {
            log.debug("{} not refreshed: {}", name, e.toString());
        }
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }
}
