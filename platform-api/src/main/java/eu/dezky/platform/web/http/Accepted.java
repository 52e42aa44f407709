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
    /** The OpenAPI description of a create's 422, and where the problem schema is, for the create routes. */
    public static final String PROVISIONING_FAILED = "Provisioning failed within the short wait and was undone (code"
            + " provisioning-failed: the detail says why, Location names the failed resource, operationId the operation"
            + " whose steps keep each system's own answer); or the Idempotency-Key was used for another body (code"
            + " idempotency-key-reused)";
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String PROBLEM = "#/components/schemas/Problem";

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

    /**
     * The answer to a create: 201 with {@code body} and the resource's {@code Location} when the operation ended
     * within the wait; a {@link ProvisioningFailedException} (422 {@code provisioning-failed}) when it ended with the
     * resource failed, so a failure never reads as a success; else 202 like {@link #answer(String, String, Object)}.
     */
    public <T> ResponseEntity<T> created(String slug, String operationId, boolean ended,
                                         Supplier<CreatedResource> resource, T body) {
        return answer(slug, operationId, ended, () -> {
            CreatedResource created = resource.get();
            if (created.failure() != null) {
                throw new ProvisioningFailedException(created.failure(), created.location(), created.id(),
                        operationId);
            }
            return ResponseEntity.created(created.location()).body(body);
        }, body);
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
