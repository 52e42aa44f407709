package eu.dezky.platform.web.http;

import eu.dezky.platform.web.member.SelfActionException;
import eu.dezky.platform.web.domain.MailDomainInUseException;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.RuleViolationException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Every error as an RFC 9457 problem detail. Bad input is a 4xx naming what is wrong; only a fault of the
 * engine itself is a 500, and its body says nothing about internals.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final DuplicateAggregateDetector duplicates;

    public ApiExceptionHandler(DuplicateAggregateDetector duplicates) {
        this.duplicates = duplicates;
    }

    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail invalidValue(InvalidValueException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid " + e.field());
        problem.setProperty("field", e.field());
        return problem;
    }

    /** A rule naming a missing thing ({@code domain-not-found}) is a 404; every other broken rule a 409. */
    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e) {
        HttpStatus status = e.code().endsWith("-not-found") ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setProperty("code", e.code());
        return problem;
    }

    @ExceptionHandler(MailDomainInUseException.class)
    ProblemDetail domainInUse(MailDomainInUseException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("code", "domain-in-use");
        problem.setProperty("blockers", e.blockers());
        return problem;
    }

    /** Two commands raced on one aggregate; the loser may retry after reading the current state. */
    @ExceptionHandler({AggregateStreamCreationException.class, ConcurrencyException.class})
    ProblemDetail concurrentChange(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "The resource was created or changed concurrently.");
    }

    @ExceptionHandler(EventStoreException.class)
    ProblemDetail eventStore(EventStoreException e) {
        return duplicates.isDuplicate(e) ? concurrentChange(e) : unexpected(e);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** Acting on oneself (suspend, force-logout, remove): forbidden, with the way out in the message. */
    @ExceptionHandler(SelfActionException.class)
    public ProblemDetail selfAction(SelfActionException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Not on yourself");
        problem.setProperty("code", "self-action");
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

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unhandled error", e);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The engine failed to handle this request; it has been logged.");
    }
}
