package eu.dezky.platform.notifications;

import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.tenant.TenantCreatedEvent;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantOwner;
import eu.dezky.platform.support.ExternalSimulators;
import eu.dezky.platform.support.IsolatedInfrastructure;
import eu.dezky.platform.support.KafkaBroker;
import eu.dezky.platform.support.LifecycleTopic;
import eu.dezky.platform.support.LifecycleTopic.Notification;
import eu.dezky.platform.support.TestInfrastructure;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The engine is killed (SIGKILL: no shutdown hook, no flush) while it publishes, and started again: every notification
 * arrives, redelivered ones with the same id. The store is first filled by an engine without Kafka, which publishes
 * nothing and says so once; the engine that is killed runs in a JVM of its own, so the kill is a real one.
 */
@ExtendWith(OutputCaptureExtension.class)
class PublisherCrashTest {

    private static final String TOPIC = "lifecycle-crash-test";
    private static final int TENANTS = 600;

    @Test
    void anEngineKilledWhilePublishingLosesNothingOnceRestarted(CapturedOutput output) throws Exception {
        Map<String, Object> properties = new HashMap<>(IsolatedInfrastructure.properties(
                TestInfrastructure.get().newJdbcDatabase(), TestInfrastructure.get().newMongoUri()));
        properties.put("PORT", "0");
        properties.put("DEZKY_KAFKA_TOPIC", TOPIC);
        properties.put("DEZKY_KAFKA_DELIVERY_TIMEOUT", "2s");
        properties.put("DEZKY_JDBC_POOL_SIZE", "4"); // PostgreSQL's connections are shared by every suite on the machine
        // the killed engine's claim on the token must lapse soon for the restarted one
        properties.put("axon.eventhandling.tokenstore.claim-timeout", "2s");

        try (ConfigurableApplicationContext withoutKafka = ExternalSimulators.startEngine(properties)) {
            EventStore store = withoutKafka.getBean(EventStore.class);
            List<EventMessage<?>> events = new ArrayList<>();
            IntStream.range(0, TENANTS).forEach(i -> events.add(GenericEventMessage.asEventMessage(new TenantCreatedEvent(
                    new TenantId("crash-" + i), "Crash " + i, new TenantOwner("owner", new EmailAddress("o@crash.test")), null))));
            store.publish(events);
            assertThat(withoutKafka.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT COUNT(*) FROM tokenentry WHERE processorname = ?", Integer.class,
                    KafkaPublisherConfig.PROCESSING_GROUP)).as("no publisher without Kafka").isZero();
        }
        assertThat(output.getOut().split("Kafka publisher off: KAFKA_BOOTSTRAP_SERVERS is not set", -1))
                .as("said once").hasSize(2);

        properties.put("KAFKA_BOOTSTRAP_SERVERS", KafkaBroker.get().bootstrapServers());
        LifecycleTopic topic = new LifecycleTopic(KafkaBroker.get().bootstrapServers(), TOPIC);
        Map<String, Object> slow = new HashMap<>(properties);
        slow.put("DEZKY_KAFKA_BATCH_SIZE", "1"); // one transaction per event: publishing takes seconds, time to kill it
        Process engine = startInOwnJvm(slow);
        int seenAtKill;
        try {
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(100))
                    .until(() -> engine.isAlive() && topicHasRecords(topic));
        } finally {
            engine.destroyForcibly(); // SIGKILL
            assertThat(engine.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        seenAtKill = new HashSet<>(ids(topic.all())).size();
        assertThat(seenAtKill).as("killed in the middle of publishing").isPositive().isLessThan(TENANTS);

        try (ConfigurableApplicationContext restarted = ExternalSimulators.startEngine(properties)) {
            Set<String> stored = new HashSet<>(restarted.getBean(JdbcTemplate.class).queryForList(
                    "SELECT eventidentifier FROM domainevententry WHERE payloadtype = ?", String.class,
                    TenantCreatedEvent.class.getName()));
            assertThat(stored).hasSize(TENANTS);
            List<Notification> records = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(topic::all, all -> new HashSet<>(ids(all)).containsAll(stored));
            assertThat(new HashSet<>(ids(records))).isEqualTo(stored);
            assertThat(records).allSatisfy(n -> assertThat(n.type()).isEqualTo("eu.dezky.tenant.created.v1"));
            // a redelivered notification is the same notification: same id, same tenant, same payload
            Map<String, Notification> first = new HashMap<>();
            records.forEach(n -> assertThat(first.computeIfAbsent(n.id(), id -> n).data()).isEqualTo(n.data()));
        }
    }

    private static boolean topicHasRecords(LifecycleTopic topic) {
        try {
            return !topic.all().isEmpty();
        } catch (RuntimeException e) {
            return false; // the engine has not created the topic yet
        }
    }

    private static List<String> ids(List<Notification> records) {
        return records.stream().map(Notification::id).toList();
    }

    /** The engine in a JVM of its own (same classpath), its output in target/, with {@code properties} as arguments. */
    private static Process startInOwnJvm(Map<String, Object> properties) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-XX:TieredStopAtLevel=1", "-cp", // C1 only: the engine starts sooner
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "eu.dezky.platform.DezkyEngineApplication"));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        File log = Path.of("target", "publisher-crash-engine.log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }
}
