package eu.dezky.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dezky.platform.problem.ProblemCode;
import eu.dezky.platform.problem.Problems;
import eu.dezky.platform.security.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
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
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Honours {@code Idempotency-Key} on POST (IETF draft "The Idempotency-Key HTTP Header Field"). Only final answers are
 * stored and replayed, marked {@code Idempotent-Replayed: true}, to the same caller repeating the same request: a 2xx
 * (or a problem naming the resource it made, with {@code Location}). A refusal (4xx) changed nothing and may not hold
 * later (a 409 "status is PROVISIONING"), so it is forgotten and a retry runs afresh. A 5xx or a failure may come after
 * a change: the key's lease ends but what the request remembered ({@link RememberedValues}) stays, so the retry
 * repeats it with the same ids and finds the change. A request whose engine died keeps its lease until it runs out
 * ({@code DEZKY_IDEMPOTENCY_LEASE}); meanwhile a retry is 409 with {@code Retry-After}. The same key with a different
 * body is 422. Keys are scoped per caller (audience, subject and partner), so one caller can neither replay nor block
 * another's answers. Bodies are stored encrypted (see {@link IdempotencyStore}): a new member's answer carries their
 * one-time password, and the replay must give the same one, so it is kept, but never in plaintext.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final Duration UNAVAILABLE_RETRY = Duration.ofSeconds(5);
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

        Optional<IdempotencyStore.Stored> earlier = Optional.empty();
        boolean owned;
        try {
            owned = store.claim(scope, hash);
            if (!owned) {
                earlier = store.find(scope);
            }
        } catch (DataAccessException e) {
            // Nothing has happened yet: the client may retry once the database is back.
            log.warn("Idempotency-Key not claimable, the database is unreachable: {}", e.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(UNAVAILABLE_RETRY.toSeconds()));
            problem(response, HttpStatus.SERVICE_UNAVAILABLE, ProblemCode.SERVICE_UNAVAILABLE,
                    "The engine's database is unreachable; nothing was changed. Retry with the same Idempotency-Key.");
            return;
        }
        if (!owned) {
            replay(earlier, hash, response);
            return;
        }
        ContentCachingResponseWrapper cachedResponse = new ContentCachingResponseWrapper(response);
        RememberedValues.enter(scope);
        try {
            chain.doFilter(new ReplayableBodyRequest(request, body), cachedResponse);
        } catch (IOException | ServletException | RuntimeException e) {
            settle(() -> store.expire(scope));
            throw e;
        } finally {
            RememberedValues.leave();
        }
        int status = cachedResponse.getStatus();
        String location = cachedResponse.getHeader(HttpHeaders.LOCATION);
        if (status < 300 || (status < 500 && location != null)) {
            settle(() -> store.complete(scope, status, cachedResponse.getContentType(), location,
                    cachedResponse.getContentAsByteArray()));
        } else if (status >= 500) {
            settle(() -> store.expire(scope));
        } else {
            settle(() -> store.release(scope));
        }
        cachedResponse.copyBodyToResponse();
    }

    /**
     * Records how the request ended. With the database gone the answer is still sent: the lease runs out, and a retry
     * repeats the request with its remembered values and finds the outcome.
     */
    private static void settle(Runnable record) {
        try {
            record.run();
        } catch (DataAccessException e) {
            log.warn("Idempotency-Key outcome not recorded, the database is unreachable: {}", e.getMessage());
        }
    }

    private void replay(Optional<IdempotencyStore.Stored> stored, String hash, HttpServletResponse response) throws IOException {
        if (stored.isEmpty()) { // released between the claim and this look
            inUse(response, null);
            return;
        }
        IdempotencyStore.Stored record = stored.get();
        if (!record.requestHash().equals(hash)) {
            problem(response, HttpStatus.UNPROCESSABLE_ENTITY, ProblemCode.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was used for a different request body.");
            return;
        }
        if (!record.completed()) {
            inUse(response, record.leaseUntil());
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

    /** 409 while another try holds the key; {@code Retry-After} is when its lease runs out. */
    private void inUse(HttpServletResponse response, Instant leaseUntil) throws IOException {
        long seconds = leaseUntil == null ? 1 : Math.max(1, Duration.between(Instant.now(), leaseUntil).toSeconds() + 1);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        problem(response, HttpStatus.CONFLICT, ProblemCode.IDEMPOTENCY_KEY_IN_USE,
                "A request with this Idempotency-Key is still being processed.");
    }

    /**
     * Caller (audience, subject, partner) + method + path + key: the same key from two callers, or on two routes, are
     * different requests. The partner counts: one subject may be on the staff of two partners.
     */
    private static String scope(HttpServletRequest request, String key) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String caller = authentication != null && authentication.getPrincipal() instanceof Caller c
                ? c.audience().claimName() + ":" + c.subject() + ":" + (c.partnerId() == null ? "" : c.partnerId().value())
                : "anonymous";
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
