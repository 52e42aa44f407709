package eu.dezky.platform.problem;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import java.io.IOException;
import java.net.URI;

/**
 * Builds every problem the same way: {@code type} is the documented URI of its {@code code}, {@code title} the
 * status's reason phrase unless given, {@code detail} at most {@link #MAX_DETAIL} characters (a value echoed by a
 * message is already capped where it is quoted; this is the net under every message).
 */
public final class Problems {

    /** Where each code is documented: the README's "Problems" section lists every code. */
    public static final String TYPE_BASE = "https://docs.dezky.eu/problems/";
    /** Longest {@code detail}; far above any message the engine writes, far below a 1 MB echo. */
    public static final int MAX_DETAIL = 1000;
    static final String CODE = "code";
    static final String FIELD = "field";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, ProblemCode code, String detail) {
        return of(status, code.code(), detail);
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setDetail(detail);
        return complete(problem, code);
    }

    /** A value error: 400 naming the field the caller sent. */
    public static ProblemDetail invalid(ProblemCode code, String field, String detail) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, code, detail);
        if (field != null) {
            problem.setProperty(FIELD, field);
        }
        return problem;
    }

    /**
     * Fills in what every problem carries: {@code code} (kept when already set, else {@code code}, else the
     * status's), its {@code type}, a title, and a capped detail.
     */
    public static ProblemDetail complete(ProblemDetail problem, String code) {
        Object existing = problem.getProperties() == null ? null : problem.getProperties().get(CODE);
        String resolved = existing instanceof String s ? s
                : code != null ? code : ProblemCode.forStatus(problem.getStatus()).code();
        problem.setProperty(CODE, resolved);
        problem.setType(URI.create(TYPE_BASE + resolved));
        if (problem.getTitle() == null) {
            HttpStatus known = HttpStatus.resolve(problem.getStatus());
            problem.setTitle(known == null ? "Error" : known.getReasonPhrase());
        }
        if (problem.getDetail() != null && problem.getDetail().length() > MAX_DETAIL) {
            problem.setDetail(problem.getDetail().substring(0, MAX_DETAIL - 1) + "…");
        }
        return problem;
    }

    /** Writes {@code problem} as the response, for filters and handlers outside Spring MVC. */
    public static void write(ObjectMapper json, HttpServletRequest request, HttpServletResponse response,
                             ProblemDetail problem) throws IOException {
        if (problem.getInstance() == null && request.getRequestURI() != null) {
            problem.setInstance(safeUri(request.getRequestURI()));
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), complete(problem, null));
    }

    /** The request path as {@code instance}; a path that is no URI (it was refused for that) is left out. */
    static URI safeUri(String path) {
        try {
            return path.length() > 200 ? null : URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
