package eu.dezky.platform.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The publisher's settings (README: DEZKY_KAFKA_*). {@code startAt}: where the publisher starts the first time Kafka
 * is configured; later starts resume from its stored token. {@code deliveryTimeout}: how long the producer tries to
 * deliver a record before the batch fails and the processor backs off and retries it.
 */
@ConfigurationProperties("dezky.kafka")
public record KafkaPublisherSettings(String topic, StartAt startAt, int batchSize, Duration deliveryTimeout) {

    /** Where a publisher without a stored token starts. */
    public enum StartAt {
        /** With the first event in the store: every past event is published. */
        BEGINNING,
        /** With the next event stored: the past is not published. */
        NOW
    }

    public KafkaPublisherSettings {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("DEZKY_KAFKA_TOPIC must not be empty");
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("DEZKY_KAFKA_BATCH_SIZE must be at least 1, not " + batchSize);
        }
        // at most 60 s: a batch waits that long for acknowledgements within its processor's 120 s transaction limit
        if (deliveryTimeout == null || deliveryTimeout.toMillis() < 1000 || deliveryTimeout.toSeconds() > 60) {
            throw new IllegalArgumentException("DEZKY_KAFKA_DELIVERY_TIMEOUT must be between 1s and 60s, not "
                    + deliveryTimeout);
        }
    }
}
