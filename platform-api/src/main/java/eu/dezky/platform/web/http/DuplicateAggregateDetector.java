package eu.dezky.platform.web.http;

import eu.dezky.api.common.RuleViolationException;
import org.axonframework.commandhandling.gateway.CommandGateway;
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
public class DuplicateAggregateDetector {

    private static final String UNIQUE_VIOLATION = "23505";

    /**
     * Sends a command that creates an aggregate keyed by a natural id; a collision with an existing one becomes a
     * 409 rule violation with {@code code} and {@code message}, anything else is rethrown as it was.
     */
    public void sendCreate(CommandGateway commands, Object command, String code, String message) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            if (isDuplicate(e)) {
                throw new RuleViolationException(code, message);
            }
            throw e;
        }
    }

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
