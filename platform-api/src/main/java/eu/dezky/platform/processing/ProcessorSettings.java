package eu.dezky.platform.processing;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Map;

/**
 * {@code dezky.processors.kinds}: kind → processor name patterns ({@code *} matches any run of characters) for
 * processors that are neither projections nor sagas, such as the Kafka publisher. Projections and sagas are known
 * from their own configuration and need no entry.
 */
@ConfigurationProperties("dezky.processors")
public record ProcessorSettings(Map<String, List<String>> kinds) {

    public ProcessorSettings {
        kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
    }
}
