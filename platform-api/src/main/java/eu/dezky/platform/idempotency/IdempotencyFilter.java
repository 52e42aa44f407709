package eu.dezky.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dezky.platform.problem.ProblemCode;
import eu.dezky.platform.problem.Problems;
import eu.dezky.platform.security.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Honours {@code Idempotency-Key} on POST (IETF draft "The Idempotency-Key HTTP Header Field"): the first
 * response (2xx or 4xx) to a key is stored and replayed, marked {@code Idempotent-Replayed: true}, to the same
 * caller repeating the same request. The same key with a different body is 422; a repeat while the first request
 * is still running is 409. 5xx answers are not kept, so a retry after an engine fault runs again. Keys are scoped
 * per caller, so one caller can neither replay nor block another's answers. Bodies are stored encrypted (AES-256-GCM
 * with the vault's key, see {@link IdempotencyStore}): a new member's answer carries their one-time password, and the
 * replay must give the same one, so it is kept, but never in plaintext.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern SANE_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private final IdempotencyStore store;
    private final ObjectMapper json;

    public IdempotencyFilter(IdempotencyStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!SANE_KEY.matcher(key).matches()) {
            ProblemDetail invalid = Problems.invalid(ProblemCode.INVALID_VALUE, HEADER,
                    "Idempotency-Key must be 1-255 visible ASCII characters.");
            Problems.write(json, request, response, invalid);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String scope = scope(request, key);
        String hash = sha256(body);

        if (!store.claim(scope, hash)) {
            replay(store.find(scope), hash, response);
            return;
        }
        ContentCachingResponseWrapper cachedResponse = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new ReplayableBodyRequest(request, body), cachedResponse);
        } catch (IOException | ServletException | RuntimeException e) {
            store.release(scope);
            throw e;
        }
        if (cachedResponse.getStatus() >= 500) {
            store.release(scope);
        } else {
            store.complete(scope, cachedResponse.getStatus(), cachedResponse.getContentType(),
                    cachedResponse.getHeader("Location"), cachedResponse.getContentAsByteArray());
        }
        cachedResponse.copyBodyToResponse();
    }

    private void replay(Optional<IdempotencyStore.Stored> stored, String hash, HttpServletResponse response) throws IOException {
        if (stored.isEmpty() || !stored.get().completed()) {
            problem(response, HttpStatus.CONFLICT, ProblemCode.IDEMPOTENCY_KEY_IN_USE,
                    "A request with this Idempotency-Key is still being processed.");
            return;
        }
        IdempotencyStore.Stored record = stored.get();
        if (!record.requestHash().equals(hash)) {
            problem(response, HttpStatus.UNPROCESSABLE_ENTITY, ProblemCode.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different request body.");
            return;
        }
        response.setStatus(record.status());
        response.setHeader("Idempotent-Replayed", "true");
        if (record.contentType() != null) {
            response.setContentType(record.contentType());
        }
        if (record.location() != null) {
            response.setHeader("Location", record.location());
        }
        if (record.body() != null) {
            response.getOutputStream().write(record.body());
        }
    }

    /** Caller + method + path + key: the same key from two callers, or on two routes, are different requests. */
    private static String scope(HttpServletRequest request, String key) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String caller = authentication != null && authentication.getPrincipal() instanceof Caller c
                ? c.audience().claimName() + ":" + c.subject() : "anonymous";
        return caller + " " + request.getMethod() + " " + request.getRequestURI() + " " + key;
    }

    private void problem(HttpServletResponse response, HttpStatus status, ProblemCode code, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.of(status, code, detail));
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
