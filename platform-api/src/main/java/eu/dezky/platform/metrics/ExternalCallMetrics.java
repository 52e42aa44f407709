package eu.dezky.platform.metrics;

import eu.dezky.adapters.http.CallListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Locale;

/**
 * Every attempt of the adapters' HTTP core as {@code dezky_external_calls_seconds} (a latency histogram per system
 * and outcome: success, client-error, rate-limited, server-error, timeout, unreachable; its {@code _count} is the
 * outcome count) and the core's own retries as {@code dezky_external_retries_total}.
 */
@Component
public class ExternalCallMetrics implements CallListener {

    private final MeterRegistry registry;

    ExternalCallMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void attempted(String system, Outcome outcome, Duration elapsed, int attempt) {
        Timer.builder("dezky.external.calls").description("Calls to an external system, by outcome")
                .tag("system", system).tag("outcome", outcome.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(60)).register(registry).record(elapsed);
        if (attempt > 1) {
            Counter.builder("dezky.external.retries").description("Retries of the HTTP core within one step")
                    .tag("system", system).register(registry).increment();
        }
    }
}
