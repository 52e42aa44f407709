package eu.dezky.platform.processing;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The event store's head and how old the first event after a position is, read from Axon's JDBC event table
 * ({@code domainevententry}, where events live in every configuration of this engine).
 */
@Component
class StoreLag {

    private final EventStore eventStore;
    private final JdbcTemplate jdbc;

    StoreLag(EventStore eventStore, JdbcTemplate jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    /** The newest event's position; -1 for an empty store. */
    long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /** Seconds since the oldest event a processor at {@code position} has not handled yet was stored. */
    Double secondsBehind(long position) {
        List<String> next = jdbc.queryForList("SELECT \"timestamp\" FROM domainevententry WHERE globalindex > ?"
                + " ORDER BY globalindex LIMIT 1", String.class, position);
        if (next.isEmpty()) {
            return 0.0;
        }
        return Math.max(0, Duration.between(Instant.parse(next.get(0)), Instant.now()).toMillis()) / 1000.0;
    }
}
