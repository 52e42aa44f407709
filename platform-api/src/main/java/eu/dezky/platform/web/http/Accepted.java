package eu.dezky.platform.web.http;

import eu.dezky.api.tenant.TenantId;
import eu.dezky.platform.application.operation.Operations;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The answers of routes that start an operation. They wait {@link #SHORT_WAIT} for it to end: ended, the route
 * answers 200/201/204 with the result, and the operation reads as ended by then; still running, 202 with
 * {@code Location} pointing at the operation, which is readable by then. The operations read model may be a moment
 * behind the read model the route waited on, so it is awaited briefly: a client that follows up never sees the
 * operation older than the answer.
 */
@Component
public class Accepted {

    /** How long a route waits for its operation before answering 202. */
    public static final Duration SHORT_WAIT = Duration.ofSeconds(5);
    private static final Duration READABLE_WITHIN = Duration.ofSeconds(2);

    private final Operations operations;

    Accepted(Operations operations) {
        this.operations = operations;
    }

    /**
     * {@code done} (200, 201, 204) when the operation ended within the wait, once it also reads as ended; else 202 with
     * {@code running} as the body.
     */
    public <T> ResponseEntity<T> answer(String slug, String operationId, boolean ended,
                                        Supplier<ResponseEntity<T>> done, T running) {
        if (!ended) {
            return answer(slug, operationId, running);
        }
        if (operationId != null) {
            operations.awaitEnded(new TenantId(slug), operationId, READABLE_WITHIN);
        }
        return done.get();
    }

    /** 202 pointing at {@code operationId}; a null id (nothing to point at) answers 202 without a Location. */
    public <T> ResponseEntity<T> answer(String slug, String operationId, T body) {
        if (operationId == null) {
            return ResponseEntity.accepted().body(body);
        }
        operations.awaitReadable(new TenantId(slug), operationId, READABLE_WITHIN);
        return ResponseEntity.accepted().location(Locations.operation(slug, operationId)).body(body);
    }
}
