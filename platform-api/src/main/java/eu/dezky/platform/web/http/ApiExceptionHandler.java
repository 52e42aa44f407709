package eu.dezky.platform.web.http;

import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.RuleViolationException;
import eu.dezky.platform.application.AccessRefusedException;
import eu.dezky.platform.application.DuplicateAggregateDetector;
import eu.dezky.platform.application.NotFoundException;
import eu.dezky.platform.application.domain.MailDomainInUseException;
import eu.dezky.platform.application.domain.OwnershipRecordException;
import eu.dezky.platform.application.member.SelfActionException;
import eu.dezky.platform.problem.ProblemCode;
import eu.dezky.platform.problem.Problems;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Every error as an RFC 9457 problem detail with a {@code code} and its documented {@code type}. Bad input is a 4xx
 * naming what is wrong ({@code field}); only a fault of the engine itself is a 500, and its body says nothing about
 * internals. Spring MVC's own errors (404, 405, 415, unreadable bodies, bad parameters) get codes too.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final String STORE_OUTAGE_RETRY_AFTER = "5";

    private final DuplicateAggregateDetector duplicates;

    public ApiExceptionHandler(DuplicateAggregateDetector duplicates) {
        this.duplicates = duplicates;
    }

    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail invalidValue(InvalidValueException e) {
        ProblemDetail problem = Problems.invalid(ProblemCode.INVALID_VALUE, e.field(), e.getMessage());
        problem.setTitle("Invalid " + e.field());
        return problem;
    }

    /** A rule naming a missing thing ({@code domain-not-found}) is a 404; every other broken rule a 409. */
    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e) {
        HttpStatus status = e.code().endsWith("-not-found") ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
        return Problems.of(status, e.code(), e.getMessage());
    }

    @ExceptionHandler(MailDomainInUseException.class)
    ProblemDetail domainInUse(MailDomainInUseException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "domain-in-use", e.getMessage());
        problem.setProperty("blockers", e.blockers());
        return problem;
    }

    /**
     * A create whose provisioning failed within the short wait: 422 with the reason, and the failed resource's
     * {@code Location}, {@code id} and {@code operationId} (the operation's steps keep each system's own answer).
     */
    @ExceptionHandler(ProvisioningFailedException.class)
    ResponseEntity<ProblemDetail> provisioningFailed(ProvisioningFailedException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, ProblemCode.PROVISIONING_FAILED,
                e.getMessage());
        problem.setTitle("Provisioning failed");
        problem.setProperty("id", e.id());
        problem.setProperty("operationId", e.operationId());
        return ResponseEntity.unprocessableEntity().location(e.location()).body(problem);
    }

    /** A claim on a domain that needs the caller's ownership record: what to publish, and where to take it over. */
    @ExceptionHandler(OwnershipRecordException.class)
    ProblemDetail ownershipRecord(OwnershipRecordException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.code(), e.getMessage());
        problem.setProperty("record", e.record());
        problem.setProperty("takeover", e.takeover());
        if (!e.found().isEmpty()) {
            problem.setProperty("found", e.found());
        }
        return problem;
    }

    /** Two commands raced on one aggregate; the loser may retry after reading the current state. */
    @ExceptionHandler({AggregateStreamCreationException.class, ConcurrencyException.class})
    ProblemDetail concurrentChange(RuntimeException e) {
        return Problems.of(HttpStatus.CONFLICT, ProblemCode.CONCURRENT_CHANGE,
                "The resource was created or changed concurrently.");
    }

    @ExceptionHandler(EventStoreException.class)
    Object eventStore(EventStoreException e) {
        return duplicates.isDuplicate(e) ? concurrentChange(e) : unexpected(e);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, ProblemCode.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(AccessRefusedException.class)
    ProblemDetail accessRefused(AccessRefusedException e) {
        return Problems.of(HttpStatus.FORBIDDEN, ProblemCode.FORBIDDEN, e.getMessage());
    }

    /** Acting on oneself (suspend, force-logout, remove): forbidden, with the way out in the message. */
    @ExceptionHandler(SelfActionException.class)
    public ProblemDetail selfAction(SelfActionException e) {
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "self-action", e.getMessage());
        problem.setTitle("Not on yourself");
        problem.setProperty("action", e.action());
        return problem;
    }

    /** Re-thrown so Spring Security's handler answers 403 the same way for filters and controllers. */
    @ExceptionHandler(AccessDeniedException.class)
    void accessDenied(AccessDeniedException e) {
        throw e;
    }

    /** Command and query results arrive wrapped; answer for the cause. */
    @ExceptionHandler({CompletionException.class, ExecutionException.class})
    Object wrapped(Exception e) throws Exception {
        Throwable cause = e.getCause();
        if (cause instanceof InvalidValueException invalid) {
            return invalidValue(invalid);
        }
        if (cause instanceof RuleViolationException violation) {
            return ruleViolation(violation);
        }
        if (duplicates.isDuplicate(cause)) {
            return concurrentChange((RuntimeException) cause);
        }
        return unexpected(e);
    }

    /** A fault of the engine is a 500; an unreachable database a 503 with Retry-After (see {@link StoreOutage}). */
    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e) {
        if (StoreOutage.causedBy(e)) {
            log.warn("Request failed, the database is unreachable: {}", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, STORE_OUTAGE_RETRY_AFTER)
                    .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemCode.SERVICE_UNAVAILABLE,
                            "The engine's database is unreachable. Retry later with the same Idempotency-Key: a"
                                    + " retry finds what this request did."));
        }
        log.error("Unhandled error", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemCode.INTERNAL_ERROR,
                "The engine failed to handle this request; it has been logged.");
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(e, BodyProblems.of(e), headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = e.getPropertyName();
        return handleExceptionInternal(e, Problems.invalid(ProblemCode.INVALID_VALUE, field, field + " must be "
                + (e.getRequiredType() == boolean.class || e.getRequiredType() == Boolean.class ? "true or false"
                : "a " + (e.getRequiredType() == null ? "valid value" : e.getRequiredType().getSimpleName()))),
                headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return handleExceptionInternal(e, Problems.invalid(ProblemCode.INVALID_VALUE, e.getParameterName(),
                e.getParameterName() + " is required"), headers, status, request);
    }

    /** Spring's own problems (404 of an unknown route, 405, 415 …) get a code and its type like ours. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            Problems.complete(problem, e instanceof HttpMediaTypeNotSupportedException
                    ? ProblemCode.UNSUPPORTED_MEDIA_TYPE.code() : null);
        }
        return response;
    }
}
