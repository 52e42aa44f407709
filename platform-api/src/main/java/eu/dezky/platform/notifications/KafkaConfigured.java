package eu.dezky.platform.notifications;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.util.List;

/** True when Kafka has bootstrap servers ({@code KAFKA_BOOTSTRAP_SERVERS}, bound to spring.kafka.bootstrap-servers). */
class KafkaConfigured implements Condition {

    static final String PROPERTY = "spring.kafka.bootstrap-servers";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return Binder.get(context.getEnvironment()).bind(PROPERTY, Bindable.listOf(String.class))
                .orElse(List.of()).stream().anyMatch(server -> !server.isBlank());
    }

    /** The opposite: Kafka is not configured and the publisher does not run. */
    static class Not extends KafkaConfigured {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !super.matches(context, metadata);
        }
    }
}
