package eu.dezky.platform.web;

import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Recognises "this aggregate already exists": the event store rejects a second first event of an aggregate id with
 * a unique-key violation (SQLSTATE 23505 on PostgreSQL and H2), which Axon reports as an
 * {@code EventStoreException} wrapping the SQL error. That is how create commands keyed by a natural id (slug,
 * domain name) stay unique under concurrency. Axon's own resolver is not used: it misses PostgreSQL's batch errors.
 */
@Component
class DuplicateAggregateDetector {

    private static final String UNIQUE_VIOLATION = "23505";

    boolean isDuplicate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AggregateStreamCreationException || t instanceof ConcurrencyException
                    || t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
            for (SQLException sql = t instanceof SQLException e ? e : null; sql != null; sql = sql.getNextException()) {
                if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }
}
