package eu.dezky.platform.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dezky.adapters.notifications.LifecycleDocument;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A consumer of the lifecycle topic as a downstream service would run one: it reads every record from the beginning
 * and checks each against the AsyncAPI document (headers and payload schema), so every notification a test sees has
 * been validated. Records come in partition order; one tenant's records are in one partition.
 */
public final class LifecycleTopic {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String bootstrapServers;
    private final String topic;

    public LifecycleTopic(String bootstrapServers, String topic) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
    }

    /** One record: the CloudEvent headers by name, the payload, its partition, and every byte it holds. */
    public record Notification(String key, int partition, Map<String, String> headers, JsonNode data, byte[] bytes) {

        public String id() {
            return headers.get("ce_id");
        }

        public String type() {
            return headers.get("ce_type");
        }

        /** The type without {@code eu.dezky.} and the version: {@code member.suspended}. */
        public String shortType() {
            return type().replaceFirst("^eu\\.dezky\\.", "").replaceFirst("\\.v\\d+$", "");
        }

        public String subject() {
            return headers.get("ce_subject");
        }

        public boolean contains(String text) {
            return new String(bytes, StandardCharsets.ISO_8859_1).contains(text)
                    || new String(bytes, StandardCharsets.UTF_8).contains(text);
        }
    }

    /** Every record now on the topic, validated. */
    public List<Notification> all() {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<Notification> notifications = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.currentTimeMillis() + 20_000;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                assertThat(System.currentTimeMillis()).as("read the topic to its end").isLessThan(deadline);
                consumer.poll(Duration.ofMillis(200)).forEach(record -> notifications.add(validated(record)));
            }
        }
        return notifications;
    }

    /** The records of one tenant (by key), in order, once {@code until} holds for them. */
    public List<Notification> awaitTenant(String tenant, Duration within, Predicate<List<Notification>> until) {
        return await().atMost(within).pollInterval(Duration.ofMillis(500))
                .until(() -> ofTenant(all(), tenant), until);
    }

    public static List<Notification> ofTenant(List<Notification> notifications, String tenant) {
        return notifications.stream().filter(n -> tenant.equals(n.key())).toList();
    }

    /** What a consumer deduplicating on the CloudEvent id keeps: the first record of each id. */
    public static List<Notification> deduplicated(List<Notification> notifications) {
        Map<String, Notification> first = new LinkedHashMap<>();
        notifications.forEach(n -> first.putIfAbsent(n.id(), n));
        return List.copyOf(first.values());
    }

    public static List<String> shortTypes(List<Notification> notifications) {
        return notifications.stream().map(Notification::shortType).toList();
    }

    public static Set<Integer> partitions(List<Notification> notifications) {
        return notifications.stream().map(Notification::partition).collect(Collectors.toSet());
    }

    private static Notification validated(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new LinkedHashMap<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(record.key() == null ? new byte[0] : record.key().getBytes(StandardCharsets.UTF_8));
        for (Header header : record.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            bytes.writeBytes(header.key().getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(header.value());
        }
        bytes.writeBytes(record.value());
        assertThat(LifecycleDocument.get().problems(headers, record.value()))
                .as("record %s of %s matches docs/asyncapi/lifecycle.yaml", record.offset(), record.key()).isEmpty();
        // a tenant's events come from /tenants/{slug}, a partner's own from /partners/{id}: the key names either
        assertThat(headers.get("ce_source")).isIn("/tenants/" + record.key(), "/partners/" + record.key());
        try {
            return new Notification(record.key(), record.partition(), headers, JSON.readTree(record.value()),
                    bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
