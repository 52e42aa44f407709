package eu.dezky.adapters.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One JMAP method call per HTTP request, with the session fetched once, the {@link RequestLimiter},
 * retries with backoff for transient failures (honouring {@code Retry-After}) and HTTP failures
 * classified by {@link StalwartErrors}. Logs method names and outcomes only, never headers.
 */
final class JmapTransport {

    static final String CORE = "urn:ietf:params:jmap:core";
    static final String STALWART = "urn:stalwart:jmap";
    private static final Logger LOG = LoggerFactory.getLogger(JmapTransport.class);
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final StalwartSettings settings;
    private final OkHttpClient http;
    private final ObjectMapper json;
    private final RequestLimiter limiter;
    private volatile JmapSession session;

    /** What the client needs from the session resource. */
    record JmapSession(String apiUrl, String accountId) {
    }

    JmapTransport(StalwartSettings settings, ObjectMapper json) {
        this.settings = settings;
        this.json = json;
        // okhttp's silent connection-failure retry would replay a POST behind our back and hide it from
        // the retry policy; every replay has to be counted and limited here
        this.http = new OkHttpClient.Builder().connectTimeout(settings.connectTimeout())
                .callTimeout(settings.callTimeout()).readTimeout(settings.callTimeout())
                .retryOnConnectionFailure(false).build();
        this.limiter = new RequestLimiter(settings.maxConcurrentRequests(), settings.requestsPerMinute(),
                System::nanoTime, settings.sleeper());
    }

    /** Calls one method and returns its response arguments; method errors become exceptions. */
    JsonNode call(String method, ObjectNode args) {
        JmapSession s = session();
        if (s.accountId() != null) {
            args.put("accountId", s.accountId());
        }
        ObjectNode request = json.createObjectNode();
        request.putArray("using").add(CORE).add(STALWART);
        request.putArray("methodCalls").addArray().add(method).add(args).add("c0");
        JsonNode response = withRetries(method, () -> execute(new Request.Builder().url(s.apiUrl())
                .header("Authorization", settings.authorization())
                .post(RequestBody.create(json.writeValueAsBytes(request), JSON_TYPE)).build(), method));
        JsonNode first = response.path("methodResponses").path(0);
        if ("error".equals(first.path(0).asText())) {
            throw StalwartErrors.methodError(method, first.path(1));
        }
        return first.path(1);
    }

    private JmapSession session() {
        JmapSession s = session;
        if (s == null) {
            synchronized (this) {
                if (session == null) {
                    JsonNode body = withRetries("session", () -> execute(new Request.Builder()
                            .url(settings.baseUrl().toString().replaceAll("/+$", "") + "/jmap/session")
                            .header("Authorization", settings.authorization()).get().build(), "session"));
                    session = new JmapSession(body.path("apiUrl").asText(),
                            body.path("primaryAccounts").path(STALWART).asText(null));
                }
                s = session;
            }
        }
        return s;
    }

    @FunctionalInterface
    private interface Attempt {
        JsonNode run() throws IOException;
    }

    private JsonNode withRetries(String what, Attempt attempt) {
        for (int n = 1; ; n++) {
            try {
                limiter.acquire();
                try {
                    return attempt.run();
                } finally {
                    limiter.release();
                }
            } catch (IOException e) {
                StalwartException transientFailure = StalwartErrors.io(what, e);
                if (n >= settings.maxAttempts()) {
                    throw transientFailure;
                }
                pause(what, n, null);
            } catch (StalwartException e) {
                boolean honourable = e.retryAfter() == null || e.retryAfter().compareTo(settings.maxBackoff()) <= 0;
                if (!e.isTransient() || n >= settings.maxAttempts() || !honourable) {
                    throw e;
                }
                pause(what, n, e.retryAfter());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw StalwartException.of(StalwartException.Kind.TRANSIENT, "interrupted", what + " interrupted");
            }
        }
    }

    private void pause(String what, int attempt, Duration retryAfter) {
        Duration wait = retryAfter != null ? retryAfter : backoff(attempt);
        LOG.info("Stalwart {} failed transiently (attempt {}), retrying in {} ms", what, attempt, wait.toMillis());
        try {
            settings.sleeper().sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw StalwartException.of(StalwartException.Kind.TRANSIENT, "interrupted", what + " interrupted");
        }
    }

    /** Exponential backoff with full jitter, capped at {@code maxBackoff}. */
    Duration backoff(int attempt) {
        long cap = Math.min(settings.maxBackoff().toMillis(),
                settings.initialBackoff().toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1));
    }

    private JsonNode execute(Request request, String what) throws IOException {
        long start = System.nanoTime();
        try (Response response = http.newCall(request).execute()) {
            String body = response.body() == null ? "" : response.body().string();
            LOG.debug("Stalwart {} -> HTTP {} in {} ms", what, response.code(),
                    (System.nanoTime() - start) / 1_000_000);
            if (!response.isSuccessful()) {
                throw StalwartErrors.http(what, response.code(), response.header("Retry-After"), body);
            }
            return json.readTree(body);
        }
    }
}
