package eu.dezky.platform.processing;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code dezky.processors}: {@code kinds} maps a kind to processor name patterns ({@code *} matches any run of
 * characters) for processors that are neither projections nor sagas, such as the Kafka publisher (projections and
 * sagas are known from their own configuration and need no entry); {@code linger} is how long the processors reading
 * {@code lingeringEvents} let new events gather before they look (0 to 1 s).
 */
@ConfigurationProperties("dezky.processors")
public record ProcessorSettings(Map<String, List<String>> kinds, Duration linger) {

    public ProcessorSettings {
        kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
        linger = linger == null ? Duration.ofMillis(100) : linger;
        if (linger.isNegative() || linger.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("dezky.processors.linger (DEZKY_PROCESSOR_LINGER) must be between 0 and"
                    + " 1s, was " + linger);
        }
    }
}
