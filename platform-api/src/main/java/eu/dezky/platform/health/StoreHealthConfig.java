package eu.dezky.platform.health;

import org.bson.Document;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.jdbc.DataSourceHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The health of the stores, each bounded in time ({@link CachedHealth}) so {@code /actuator/health} answers within a
 * second, DOWN, when PostgreSQL or MongoDB stops answering. The bean names replace Spring Boot's own indicators
 * ({@code db}, {@code mongo}), which would wait for the pool's or the driver's full timeout.
 */
@Configuration(proxyBeanMethods = false)
class StoreHealthConfig {

    @Bean(destroyMethod = "shutdownNow")
    ExecutorService healthChecks() {
        return Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "health-check");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Reads the head of the event store, which proves the connection and the schema. */
    @Bean("eventStoreHealthIndicator")
    HealthIndicator eventStore(JdbcTemplate jdbc, ExecutorService healthChecks) {
        return CachedHealth.of(() -> {
            Long head = jdbc.queryForObject("SELECT MAX(globalindex) FROM domainevententry", Long.class);
            return Health.up().withDetail("headGlobalIndex", head == null ? -1 : head).build();
        }, healthChecks);
    }

    /** Boot's connection check, with PostgreSQL's name for operators, bounded like the others. */
    @Bean("dbHealthContributor")
    HealthIndicator db(DataSource dataSource, ExecutorService healthChecks) {
        return CachedHealth.of(new DataSourceHealthIndicator(dataSource), healthChecks);
    }

    /**
     * MongoDB by {@code ping}, which the in-process Mongo server implements (Boot's indicator sends {@code hello},
     * which it does not).
     */
    @Bean("mongoHealthIndicator")
    HealthIndicator mongo(MongoTemplate mongo, ExecutorService healthChecks) {
        return CachedHealth.of(() -> {
            Document reply = mongo.executeCommand(new Document("ping", 1));
            return Health.up().withDetail("database", mongo.getDb().getName()).withDetail("ok", reply.get("ok")).build();
        }, healthChecks);
    }
}
