package eu.dezky.adapters.kafka;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dezky.adapters.notifications.PublicEvent;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.data.PojoCloudEventData;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Builds the Kafka record of a public event: a CloudEvent 1.0 in binary content mode (attributes in {@code ce_*}
 * headers, the JSON payload as the value), keyed by the tenant slug so one tenant's events share a partition.
 * {@code id} is the internal event's id, stable across redeliveries, so consumers deduplicate on it.
 */
public final class CloudEventRecords {

    /** CloudEvent extension names must be lower-case letters and digits. */
    static final String ACTOR = "actor";
    static final String ACTOR_AUDIENCE = "actoraudience";

    private final String topic;
    private final ObjectMapper json;

    public CloudEventRecords(String topic) {
        this.topic = topic;
        // absent optional fields are left out, as the schemas expect; Instant-free payloads need no JavaTimeModule
        this.json = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    public String topic() {
        return topic;
    }

    /** The CloudEvent of {@code event}, which happened at {@code time} as internal event {@code eventId}. */
    public CloudEvent cloudEvent(String eventId, Instant time, Actor actor, PublicEvent event) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(eventId)
                .withSource(URI.create(event.source()))
                .withType(event.type())
                .withSubject(event.subject())
                .withTime(time.atOffset(ZoneOffset.UTC))
                .withDataSchema(URI.create(event.dataSchema()))
                .withDataContentType("application/json")
                .withData(PojoCloudEventData.wrap(event.data(), json::writeValueAsBytes));
        if (actor.subject() != null) {
            builder.withExtension(ACTOR, actor.subject());
        }
        if (actor.audience() != null) {
            builder.withExtension(ACTOR_AUDIENCE, actor.audience());
        }
        return builder.build();
    }

    /** The record to send: binary content mode, key = tenant slug (partner id), timestamp left to the producer. */
    public ProducerRecord<String, byte[]> record(String eventId, Instant time, Actor actor, PublicEvent event) {
        return KafkaMessageFactory.createWriter(topic, event.key()).writeBinary(cloudEvent(eventId, time, actor, event));
    }
}
