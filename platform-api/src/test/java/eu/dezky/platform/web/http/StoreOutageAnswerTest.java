package eu.dezky.platform.web.http;

import com.mongodb.MongoTimeoutException;
import eu.dezky.platform.application.DuplicateAggregateDetector;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.queryhandling.QueryExecutionException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15: a request that fails because PostgreSQL (or the read models' MongoDB) is unreachable is a 503 with Retry-After (retry with the same
 * Idempotency-Key), not a 500; a fault of the engine stays a 500.
 */
class StoreOutageAnswerTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler(new DuplicateAggregateDetector());

    @Test
    void anUnreachableEventStoreIsA503WithRetryAfter() {
        var unreachable = new EventStoreException("An event could not be stored", new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection", new SQLTransientConnectionException("request timed out")));

        assertThat(handler.eventStore(unreachable)).isInstanceOfSatisfying(ResponseEntity.class, answer -> {
            assertThat(answer.getStatusCode().value()).isEqualTo(503);
            assertThat(answer.getHeaders().getFirst("Retry-After")).isNotBlank();
            assertThat(((ProblemDetail) answer.getBody()).getProperties()).containsEntry("code", "service-unavailable");
        });
    }

    @Test
    void anUnreachableReadStoreIsA503Too() {
        var query = new QueryExecutionException("the query failed", new MongoTimeoutException(
                "Timed out while waiting for a server that matches ReadPreferenceServerSelector"));

        assertThat(handler.unexpected(query)).isInstanceOfSatisfying(ResponseEntity.class, answer ->
                assertThat(answer.getStatusCode().value()).isEqualTo(503));
    }

    @Test
    void aFaultOfTheEngineStaysA500() {
        assertThat(handler.unexpected(new IllegalStateException("a bug")))
                .isInstanceOfSatisfying(ProblemDetail.class, problem -> assertThat(problem.getStatus()).isEqualTo(500));
    }
}
