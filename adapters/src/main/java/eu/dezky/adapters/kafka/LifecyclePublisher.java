package eu.dezky.adapters.kafka;

import eu.dezky.adapters.notifications.PublicEvent;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Sends public events to the lifecycle topic and answers a future per record that completes once the broker has
 * acknowledged it (the producer is idempotent with {@code acks=all}, see the engine's wiring). It never waits itself:
 * the caller decides when a batch counts as delivered. Before the first record it makes sure the topic exists,
 * creating it with the broker's default partitions and replication when it does not.
 */
public final class LifecyclePublisher implements AutoCloseable {

    private final KafkaTemplate<String, byte[]> kafka;
    private final CloudEventRecords records;
    private final KafkaAdmin admin;
    private volatile boolean topicChecked;

    public LifecyclePublisher(KafkaTemplate<String, byte[]> kafka, CloudEventRecords records, KafkaAdmin admin) {
        this.kafka = kafka;
        this.records = records;
        this.admin = admin;
    }

    public String topic() {
        return records.topic();
    }

    /** Sends {@code event}, which happened at {@code time} as internal event {@code eventId}, caused by {@code actor}. */
    public CompletableFuture<?> send(String eventId, Instant time, Actor actor, PublicEvent event) {
        ensureTopic();
        return kafka.send(records.record(eventId, time, actor, event));
    }

    /** Closes the producer; records not yet acknowledged fail, and their batch is sent again after a restart. */
    @Override
    public void close() {
        kafka.getProducerFactory().reset();
    }

    private void ensureTopic() {
        if (!topicChecked) {
            // throws while the broker is unreachable; the caller's retry comes back here
            admin.createOrModifyTopics(TopicBuilder.name(records.topic()).build());
            topicChecked = true;
        }
    }
}
