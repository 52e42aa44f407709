package eu.dezky.platform.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error page of the servlet container: what Tomcat refuses before any filter runs (an invalid URI, a
 * {@code %2F} or NUL in the path, a malformed header) and any {@code sendError} below Spring MVC ends up here, and
 * answers a problem like every other error instead of Spring Boot's {@code {"timestamp",…}} body. It replaces Boot's
 * {@code BasicErrorController}; the container's message is not echoed.
 */
@RestController
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : HttpStatus.NOT_FOUND.value();
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status >= 500 && failure != null) {
            log.error("Unhandled error below Spring MVC", failure);
        }
        ProblemCode problemCode = status == 400 ? ProblemCode.REJECTED_REQUEST : ProblemCode.forStatus(status);
        ProblemDetail problem = Problems.of(HttpStatus.valueOf(status), problemCode, detail(status));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        problem.setInstance(uri instanceof String path ? Problems.safeUri(path) : null);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request was refused before reaching a route: its path or a header is malformed.";
            case 404 -> "No route answers this path.";
            default -> status >= 500 ? "The engine failed to handle this request; it has been logged."
                    : HttpStatus.valueOf(status).getReasonPhrase() + ".";
        };
    }
}
