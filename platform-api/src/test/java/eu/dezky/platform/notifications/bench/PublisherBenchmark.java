package eu.dezky.platform.notifications.bench;

import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.tenant.TenantCreatedEvent;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantOwner;
import eu.dezky.platform.support.ExternalSimulators;
import eu.dezky.platform.support.IsolatedInfrastructure;
import eu.dezky.platform.support.KafkaBroker;
import eu.dezky.platform.support.TestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How many lifecycle notifications per second the publisher sustains into a local broker (the JVM's real KRaft
 * broker). An engine without Kafka stores {@code events} public events (tenants created) in PostgreSQL and lets its
 * projections catch up; then an engine with Kafka starts and publishes them from the beginning. The rate is measured
 * from the outside, on the topic's end offsets: from the first record to the last.
 * Arguments: number of events (default 50000), batch size (default the engine's, 200).
 */
public final class PublisherBenchmark {

    private static final String TOPIC = "lifecycle-benchmark";

    private PublisherBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        String batchSize = args.length > 1 ? args[1] : "200";
        Map<String, Object> properties = new HashMap<>(IsolatedInfrastructure.properties(
                TestInfrastructure.get().newJdbcDatabase(), TestInfrastructure.get().newMongoUri()));
        properties.put("PORT", "0");
        properties.put("DEZKY_KAFKA_TOPIC", TOPIC);
        properties.put("DEZKY_KAFKA_BATCH_SIZE", batchSize);
        properties.put("logging.level.root", "WARN");

        try (ConfigurableApplicationContext filling = ExternalSimulators.startEngine(properties)) {
            EventStore store = filling.getBean(EventStore.class);
            for (int from = 0; from < events; from += 1000) {
                List<EventMessage<?>> chunk = new ArrayList<>();
                for (int i = from; i < Math.min(events, from + 1000); i++) {
                    chunk.add(GenericEventMessage.asEventMessage(new TenantCreatedEvent(new TenantId("bench-" + i),
                            "Bench " + i, new TenantOwner("owner", new EmailAddress("owner@bench.test")), null)));
                }
                store.publish(chunk);
            }
            // the tenant projection must have read every event, or it competes with the publisher for the CPU
            MongoTemplate mongo = filling.getBean(MongoTemplate.class);
            long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
            while (mongo.getCollection("tenants").countDocuments() < events && System.nanoTime() < deadline) {
                Thread.sleep(500);
            }
            awaitCaughtUp(filling.getBean(EventProcessingConfiguration.class), Duration.ofMinutes(5));
            Thread.sleep(3000); // the projections' last tokens are stored
        }

        String bootstrap = KafkaBroker.get().bootstrapServers();
        properties.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap));
             ConfigurableApplicationContext publishing = ExternalSimulators.startEngine(properties)) {
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long firstAt = 0;
            long cpuAtFirst = 0;
            long published = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
            while (published < events && System.nanoTime() < deadline) {
                published = endOffsets(admin);
                if (published > 0 && firstAt == 0) {
                    firstAt = System.nanoTime();
                    cpuAtFirst = os.getProcessCpuTime();
                }
                Thread.sleep(200);
            }
            double seconds = (System.nanoTime() - firstAt) / 1e9;
            double cpuSeconds = (os.getProcessCpuTime() - cpuAtFirst) / 1e9;
            if (published < events) {
                throw new IllegalStateException("only " + published + " of " + events + " records arrived");
            }
            // CPU seconds of this JVM (engine, broker and this loop): a figure the machine's other load hardly moves
            System.out.printf("RESULT kafka-publisher: %d notifications in %.2f s = %.0f events/s; %.1f CPU s = %.0f"
                            + " events per CPU second (batch size %s, %d cores, load average %.1f)%n", events, seconds,
                    events / seconds, cpuSeconds, events / cpuSeconds, batchSize,
                    Runtime.getRuntime().availableProcessors(), os.getSystemLoadAverage());
        }
        System.exit(0);
    }

    private static long endOffsets(Admin admin) throws Exception {
        if (!admin.listTopics().names().get().contains(TOPIC)) {
            return 0;
        }
        int partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions().size();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            latest.put(new TopicPartition(TOPIC, p), OffsetSpec.latest());
        }
        return admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
    }

    /** Waits until every processor of the filling engine has caught up, so they do not compete with the publisher. */
    private static void awaitCaughtUp(EventProcessingConfiguration processing, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Boolean> caughtUp = processing.eventProcessors().entrySet().stream()
                    .filter(e -> e.getValue() instanceof StreamingEventProcessor)
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> {
                        Map<Integer, EventTrackerStatus> status = ((StreamingEventProcessor) e.getValue()).processingStatus();
                        return !status.isEmpty() && status.values().stream().allMatch(EventTrackerStatus::isCaughtUp);
                    }));
            if (caughtUp.values().stream().allMatch(Boolean::booleanValue)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the projections did not catch up within " + within);
    }
}
