package eu.dezky.platform.metrics;

import eu.dezky.api.operation.CountOperationsQuery;
import eu.dezky.api.operation.OperationCounts;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code dezky_operations{kind,status}}: how many operations of each kind are running, done, failed or need
 * attention, read from the operations read model every {@link #REFRESH}. Started = the sum over the statuses,
 * succeeded = done. Counted from the read model rather than in memory, so the figures survive a restart and a replay,
 * and a scrape never waits on the database.
 */
@Component
class OperationMetrics implements DisposableBean {

    static final Duration REFRESH = Duration.ofSeconds(15);
    private static final Logger log = LoggerFactory.getLogger(OperationMetrics.class);

    private final QueryGateway queries;
    private final MultiGauge operations;
    private final PeriodicRefresh refresher = new PeriodicRefresh("operation-metrics", REFRESH, this::refresh);

    OperationMetrics(QueryGateway queries, MeterRegistry registry) {
        this.queries = queries;
        this.operations = MultiGauge.builder("dezky.operations")
                .description("Operations per kind and status (running, done, failed, needs-attention)")
                .register(registry);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        refresher.start();
    }

    void refresh() {
        try {
            OperationCounts counts = queries.query(new CountOperationsQuery(),
                    ResponseTypes.instanceOf(OperationCounts.class)).get(REFRESH.toMillis(), TimeUnit.MILLISECONDS);
            operations.register(counts.counts().stream().map(count -> MultiGauge.Row.of(Tags.of("kind", count.kind(),
                    "status", count.status().name().toLowerCase(Locale.ROOT).replace('_', '-')), count.count()))
                    .toList(), true);
        } catch (Exception e) {
            // The read store is down or slow: keep the last figures; health says why.
            log.debug("operation counts not refreshed: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        refresher.close();
    }
}
