package eu.dezky.platform.metrics;

import eu.dezky.platform.processing.DeadLetters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * {@code dezky_dead_letters{processor}}: the events each projection has parked, counted every {@link #REFRESH}, so an
 * alert can fire on anything above zero: a parked event holds its aggregate's (or tenant's) later events back from
 * that read model until an operator retries or evicts it.
 */
@Component
class DeadLetterMetrics implements DisposableBean {

    static final Duration REFRESH = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(DeadLetterMetrics.class);

    private final DeadLetters deadLetters;
    private final MultiGauge parked;
    private final PeriodicRefresh refresher = new PeriodicRefresh("dead-letter-metrics", REFRESH, this::refresh);

    DeadLetterMetrics(DeadLetters deadLetters, MeterRegistry registry) {
        this.deadLetters = deadLetters;
        this.parked = MultiGauge.builder("dezky.dead.letters")
                .description("Events a projection could not take, parked in its dead-letter queue")
                .register(registry);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        refresher.start();
    }

    void refresh() {
        try {
            parked.register(deadLetters.sizes().entrySet().stream()
                    .map(queue -> MultiGauge.Row.of(Tags.of("processor", queue.getKey()), queue.getValue())).toList(),
                    true);
        } catch (Exception e) {
            // the event store's database is down or slow: keep the last figures; health says why
            log.debug("dead letters not counted: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        refresher.close();
    }
}
