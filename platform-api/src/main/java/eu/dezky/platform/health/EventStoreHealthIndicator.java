package eu.dezky.platform.health;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the head of the event store, which proves both the connection and the schema (a reachable database without
 * the event table would pass a plain connection check).
 */
@Component("eventStoreHealthIndicator")
class EventStoreHealthIndicator extends AbstractHealthIndicator {

    private final JdbcTemplate jdbc;

    EventStoreHealthIndicator(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Long head = jdbc.queryForObject("SELECT MAX(globalindex) FROM domainevententry", Long.class);
        builder.up().withDetail("headGlobalIndex", head == null ? -1 : head);
    }
}
