package eu.dezky.platform.metrics;

import eu.dezky.sagas.StepRetries;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** {@code dezky_saga_retries_total{operation,system}}: the retries sagas schedule on the deadline manager. */
@Component
class SagaRetryMetrics implements StepRetries {

    private final MeterRegistry registry;

    SagaRetryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void scheduled(String operationKind, String system) {
        Counter.builder("dezky.saga.retries").description("Retries scheduled by sagas after a transient failure")
                .tag("operation", operationKind).tag("system", system).register(registry).increment();
    }
}
