package eu.dezky.platform.notifications;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.util.OptionalLong;

/**
 * The publisher in {@code /actuator/health} as component {@code kafkaPublisher}: UP while it keeps up, DELAYED while
 * the broker does not acknowledge and a batch is being retried. DELAYED is not among the statuses the overall health
 * aggregates, on purpose: a Kafka outage delays notifications but loses none, and the engine keeps serving. Details
 * (operators): topic, eventsBehind, secondsBehind, acknowledged, and the last error while retrying.
 */
class KafkaPublisherHealthIndicator extends AbstractHealthIndicator {

    static final Status DELAYED = new Status("DELAYED", "Kafka does not acknowledge; the batch is retried");

    private final PublisherStatus status;

    KafkaPublisherHealthIndicator(PublisherStatus status) {
        this.status = status;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("topic", status.topic());
        OptionalLong behind = status.eventsBehind();
        if (behind.isPresent()) {
            builder.withDetail("eventsBehind", behind.getAsLong());
        } else {
            builder.withDetail("eventsBehind", "unknown: another engine instance holds the publisher's token");
        }
        builder.withDetail("secondsBehind", status.secondsBehind()).withDetail("acknowledged", status.acknowledged());
        status.retrying().ifPresentOrElse(
                error -> builder.status(DELAYED).withDetail("lastError", String.valueOf(error.getMessage())),
                builder::up);
    }
}
