package eu.dezky.platform.notifications;

import com.fasterxml.jackson.databind.JsonNode;
import eu.dezky.platform.support.KafkaApiTest;
import eu.dezky.platform.support.KafkaBroker;
import eu.dezky.platform.support.LifecycleTopic.Notification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static eu.dezky.platform.support.LifecycleTopic.deduplicated;
import static eu.dezky.platform.support.LifecycleTopic.shortTypes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The broker goes down for real (its listener closes; its data stays) while members are created and suspended. The
 * engine keeps working, the publisher reports itself DELAYED and retries with backoff; when the broker is back every
 * notification arrives by itself, and a consumer that deduplicates on the CloudEvent id sees each exactly once.
 */
class BrokerOutageTest extends KafkaApiTest {

    @Test
    void notificationsOfAnOutageArriveWhenTheBrokerIsBackAndADeduplicatingConsumerSeesEachOnce() {
        MemberActions members = new MemberActions(api, onboarding);
        String admin = onboarding.tenantWithDomain("outage-co", "outage-co.test");
        topic.awaitTenant("outage-co", Duration.ofSeconds(30), records -> records.size() >= 2);
        String operator = api.token("op", "operator");

        KafkaBroker.get().stop();
        String uma;
        String ole;
        try {
            uma = members.create("outage-co", admin, "uma").get("id").asText();
            ole = members.create("outage-co", admin, "ole").get("id").asText();
            members.act("outage-co", admin, uma, "suspend");

            await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
                JsonNode publisher = api.get("/actuator/health", operator).body().at("/components/kafkaPublisher");
                assertThat(publisher.get("status").asText()).isEqualTo("DELAYED");
                assertThat(publisher.at("/details/eventsBehind").asLong()).isPositive();
                assertThat(publisher.at("/details/secondsBehind").asDouble()).isPositive();
                assertThat(publisher.at("/details/lastError").asText()).isNotBlank();
            });
            assertThat(api.get("/actuator/health", null).body().get("status").asText())
                    .as("a Kafka outage delays notifications; the engine itself is healthy").isEqualTo("UP");
        } finally {
            KafkaBroker.get().start();
        }

        List<String> expected = List.of("tenant.created", "domain.added", "member.created", "member.active",
                "member.created", "member.active", "member.suspended");
        List<Notification> records = topic.awaitTenant("outage-co", Duration.ofSeconds(90),
                found -> deduplicated(found).size() >= expected.size());
        List<Notification> unique = deduplicated(records);
        assertThat(shortTypes(unique)).containsExactlyElementsOf(expected);
        assertThat(unique).extracting(Notification::subject).containsSubsequence(uma, uma, ole, ole, uma);
        Map<String, Long> copies = records.stream().collect(Collectors.groupingBy(Notification::id, Collectors.counting()));
        assertThat(copies.values()).as("redelivered copies carry the same id; none is missing").allMatch(n -> n >= 1);
        assertThat(unique.stream().map(Notification::id).collect(Collectors.toSet())).hasSize(expected.size());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode publisher = api.get("/actuator/health", operator).body().at("/components/kafkaPublisher");
            assertThat(publisher.get("status").asText()).isEqualTo("UP");
            assertThat(publisher.at("/details/eventsBehind").asLong()).isZero();
        });
    }
}
