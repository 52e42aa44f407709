package eu.dezky.platform.metrics;

import eu.dezky.api.operation.CountOperationsQuery;
import eu.dezky.api.operation.OperationCounts;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * {@code dezky_operations{kind,status}}: how many operations of each kind are running, done, failed or need
 * attention, read from the operations read model every {@link #REFRESH}. Started = the sum over the statuses,
 * succeeded = done. Counted from the read model rather than in memory, so the figures survive a restart and a replay,
 * and a scrape never waits on the database.
 */
@Component
class OperationMetrics extends StoreGauge {

    static final Duration REFRESH = Duration.ofSeconds(15);

    private final QueryGateway queries;

    OperationMetrics(QueryGateway queries, MeterRegistry registry) {
        super(registry, "dezky.operations", "Operations per kind and status (running, done, failed, needs-attention)",
                REFRESH);
        this.queries = queries;
    }

    @Override
    protected List<MultiGauge.Row<?>> read() throws Exception {
        OperationCounts counts = queries.query(new CountOperationsQuery(),
                ResponseTypes.instanceOf(OperationCounts.class)).get(REFRESH.toMillis(), TimeUnit.MILLISECONDS);
        return counts.counts().stream().<MultiGauge.Row<?>>map(count -> MultiGauge.Row.of(Tags.of("kind", count.kind(),
                "status", count.status().name().toLowerCase(Locale.ROOT).replace('_', '-')), count.count())).toList();
    }
}
