package eu.dezky.platform.web.http;

import eu.dezky.api.tenant.TenantId;
import eu.dezky.platform.application.operation.Operations;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * The answers of routes that start an operation. They wait {@link #SHORT_WAIT} for it to end: ended, the route
 * answers 200/201/204 with the result; still running, 202 with {@code Location} pointing at the operation, which is
 * readable by then (the operations read model may be a moment behind the command, so it is awaited briefly).
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

    /** 202 pointing at {@code operationId}; a null id (nothing to point at) answers 202 without a Location. */
    public <T> ResponseEntity<T> answer(String slug, String operationId, T body) {
        if (operationId == null) {
            return ResponseEntity.accepted().body(body);
        }
        operations.awaitReadable(new TenantId(slug), operationId, READABLE_WITHIN);
        return ResponseEntity.accepted().location(Locations.operation(slug, operationId)).body(body);
    }
}
