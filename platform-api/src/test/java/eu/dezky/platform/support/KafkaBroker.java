package eu.dezky.platform.support;

import kafka.server.BrokerServer;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * One real Kafka broker (KRaft, combined broker and controller) per test JVM, shared by every Kafka test. Its client
 * listener has a fixed port so that {@link #stop()} and {@link #start()} can take the broker down and bring it back
 * where the clients expect it, with its log directories (and so every record) intact: a real outage, not a new broker.
 */
public final class KafkaBroker {

    private static KafkaBroker shared;

    private final EmbeddedKafkaKraftBroker embedded;
    private final int port;

    private KafkaBroker() {
        port = freePort();
        embedded = new EmbeddedKafkaKraftBroker(1, 3);
        // the test kit binds port 0 unless the listeners are given; a fixed port survives a broker restart
        embedded.brokerProperty("listeners", "EXTERNAL://localhost:" + port + ",CONTROLLER://localhost:0");
        embedded.brokerProperty("auto.create.topics.enable", "false");
        embedded.brokerListProperty(null);
        embedded.afterPropertiesSet();
    }

    public static synchronized KafkaBroker get() {
        if (shared == null) {
            shared = new KafkaBroker();
        }
        return shared;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** Shuts the broker down (the controller stays up); clients get no answer on its port until {@link #start()}. */
    public void stop() {
        broker().shutdown();
    }

    /** Starts the stopped broker again on the same port with the same data, and waits until it serves. */
    public void start() {
        broker().startup();
        try {
            embedded.getCluster().waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("the restarted Kafka broker did not become ready", e);
        }
    }

    private BrokerServer broker() {
        return embedded.getCluster().brokers().values().iterator().next();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
