package eu.dezky.platform.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Base of the component tests of the Kafka publisher: the sandbox engine of {@link SandboxComponentTest} with Kafka
 * configured against the JVM's shared {@link KafkaBroker}, a short delivery timeout (so an outage fails a batch within
 * seconds), and a {@link LifecycleTopic} consumer. Classes extending it share one engine and one topic, so each test
 * uses tenants of its own and reads the records of its tenants only.
 */
@SandboxComponentTest
@TestPropertySource(properties = {
        "DEZKY_KAFKA_TOPIC=" + KafkaApiTest.TOPIC,
        "DEZKY_KAFKA_DELIVERY_TIMEOUT=2s",
        "DEZKY_KAFKA_BATCH_SIZE=50"})
public abstract class KafkaApiTest extends SandboxApiTest {

    protected static final String TOPIC = "lifecycle-component-tests";
    protected LifecycleTopic topic;

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("KAFKA_BOOTSTRAP_SERVERS", () -> KafkaBroker.get().bootstrapServers());
    }

    @BeforeEach
    void connectTopic() {
        topic = new LifecycleTopic(KafkaBroker.get().bootstrapServers(), TOPIC);
    }
}
