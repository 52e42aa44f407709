package eu.dezky.platform.metrics;

import eu.dezky.platform.processing.DeadLetters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * {@code dezky_dead_letters{processor}}: the events each projection has parked, counted every five seconds, so an
 * alert can fire on anything above zero: a parked event holds its aggregate's (or tenant's) later events back from
 * that read model until an operator retries or evicts it.
 */
@Component
class DeadLetterMetrics extends StoreGauge {

    private final DeadLetters deadLetters;

    DeadLetterMetrics(DeadLetters deadLetters, MeterRegistry registry) {
        super(registry, "dezky.dead.letters", "Events a projection could not take, parked in its dead-letter queue",
                Duration.ofSeconds(5));
        this.deadLetters = deadLetters;
    }

    @Override
    protected List<MultiGauge.Row<?>> read() {
        return deadLetters.sizes().entrySet().stream()
                .<MultiGauge.Row<?>>map(queue -> MultiGauge.Row.of(Tags.of("processor", queue.getKey()), queue.getValue()))
                .toList();
    }
}
