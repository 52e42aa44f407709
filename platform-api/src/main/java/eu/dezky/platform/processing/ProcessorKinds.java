package eu.dezky.platform.processing;

import eu.dezky.projections.ProjectionGroups;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventProcessor;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The kind of each event processor: {@code projection} (listed in {@link ProjectionGroups}; may be rebuilt),
 * {@code saga} (a saga's processor, as Axon's saga configurations say), a configured kind such as
 * {@code publisher} ({@link ProcessorSettings}), else {@code handler} (event handlers with side effects, like the
 * tenant's domain policy). Only projections can be replayed: the others would repeat their effects.
 */
@Component
public class ProcessorKinds {

    public static final String PROJECTION = "projection";
    public static final String SAGA = "saga";
    public static final String HANDLER = "handler";

    private final Configuration axon;
    private final Map<String, List<Pattern>> configured;

    public ProcessorKinds(Configuration axon, ProcessorSettings settings) {
        this.axon = axon;
        this.configured = settings.kinds().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue().stream().map(ProcessorKinds::glob).toList()));
    }

    public String kindOf(String processorName) {
        if (ProjectionGroups.ALL.contains(processorName)) {
            return PROJECTION;
        }
        if (sagaProcessors().contains(processorName)) {
            return SAGA;
        }
        return configured.entrySet().stream()
                .filter(entry -> entry.getValue().stream().anyMatch(p -> p.matcher(processorName).matches()))
                .map(Map.Entry::getKey).sorted().findFirst().orElse(HANDLER);
    }

    private Set<String> sagaProcessors() {
        var processing = axon.eventProcessingConfiguration();
        return processing.sagaConfigurations().stream()
                .flatMap(saga -> processing.eventProcessorByProcessingGroup(saga.processingGroup()).stream())
                .map(EventProcessor::getName)
                .collect(Collectors.toSet());
    }

    private static Pattern glob(String pattern) {
        return Pattern.compile(Pattern.quote(pattern.trim()).replace("*", "\\E.*\\Q"));
    }
}
