package eu.dezky.platform.health;

import com.mongodb.client.MongoClients;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: health answers within a second, DOWN, while a store does not answer, without piling up waiting checks.
 * The stores are stand-ins that hang the way an unreachable server does: a port that accepts connections and never
 * answers (a stopped-the-world PostgreSQL or MongoDB), and a closed port (the pool retries for its whole timeout).
 * The shared PostgreSQL is never touched.
 */
class StoreHealthTimeoutTest {

    ServerSocket silent;
    ThreadPoolExecutor workers;
    HikariDataSource dataSource;

    @BeforeEach
    void silentServer() throws IOException {
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        workers = (ThreadPoolExecutor) Executors.newCachedThreadPool();
    }

    @AfterEach
    void close() throws IOException {
        // the silent server first: its pending connections are reset, so the pool's hanging login ends at once
        // instead of after its 30 s login timeout, which the pool's close would wait for
        silent.close();
        if (dataSource != null) {
            dataSource.close();
        }
        workers.shutdownNow();
    }

    @Test
    void aPostgresqlThatStoppedAnsweringIsDownWithinASecond() {
        HealthIndicator eventStore = new StoreHealthConfig().eventStore(new JdbcTemplate(pool(silent.getLocalPort())),
                workers);

        assertDownFastWithoutPileUp(eventStore);
    }

    @Test
    void anUnreachablePostgresqlIsDownWithinASecond() throws IOException {
        int closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort();
        }
        HealthIndicator db = new StoreHealthConfig().db(pool(closed), workers);

        assertDownFastWithoutPileUp(db);
    }

    @Test
    void aMongoDbThatStoppedAnsweringIsDownWithinASecond() {
        var client = MongoClients.create("mongodb://127.0.0.1:" + silent.getLocalPort() + "/?serverSelectionTimeoutMS=30000");
        try {
            HealthIndicator mongo = new StoreHealthConfig().mongo(new MongoTemplate(client, "x"), workers);
            assertDownFastWithoutPileUp(mongo);
        } finally {
            client.close();
        }
    }

    private HikariDataSource pool(int port) {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + port + "/dezky");
        dataSource.setUsername("dezky");
        dataSource.setConnectionTimeout(30_000); // the production default: the health check must not wait for it
        dataSource.setInitializationFailTimeout(-1);
        return dataSource;
    }

    private void assertDownFastWithoutPileUp(HealthIndicator indicator) {
        for (int i = 0; i < 6; i++) {
            long start = System.nanoTime();
            Health health = indicator.health();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).as("answer %d", i).isLessThan(Duration.ofSeconds(1));
            assertThat(health.getStatus()).as("answer %d", i).isEqualTo(Status.DOWN);
            sleep(300);
        }
        assertThat(workers.getPoolSize()).as("one hanging check at a time").isLessThanOrEqualTo(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
