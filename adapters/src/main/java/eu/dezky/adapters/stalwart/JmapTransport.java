package eu.dezky.adapters.stalwart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dezky.adapters.http.AdapterException;
import eu.dezky.adapters.http.HttpExecutor;
import eu.dezky.adapters.http.HttpResult;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * One JMAP method call per HTTP request over the shared {@link HttpExecutor} (limiter, retries with
 * {@code Retry-After}, redacted logging): the session is fetched once and its {@code apiUrl} used from
 * then on, {@code using} is core + {@code urn:stalwart:jmap}, method errors become exceptions.
 */
final class JmapTransport {

    static final String CORE = "urn:ietf:params:jmap:core";
    static final String STALWART = "urn:stalwart:jmap";
    // exactly application/json: Stalwart refuses other types with notJSON, and okhttp would append
    // "; charset=utf-8" to a String body, so the body is sent as bytes
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final HttpExecutor http;
    private final ObjectMapper json;
    private volatile JmapSession session;

    /** What the client needs from the session resource. */
    record JmapSession(String apiUrl, String accountId) {
    }

    JmapTransport(HttpExecutor http, ObjectMapper json) {
        this.http = http;
        this.json = json;
    }

    /** Calls one method and returns its response arguments. */
    JsonNode call(String method, ObjectNode args) {
        JmapSession s = session();
        if (s.accountId() != null) {
            args.put("accountId", s.accountId());
        }
        ObjectNode request = json.createObjectNode();
        request.putArray("using").add(CORE).add(STALWART);
        request.putArray("methodCalls").addArray().add(method).add(args).add("c0");
        JsonNode response = send(method, new Request.Builder().url(s.apiUrl())
                .post(RequestBody.create(bytes(request), JSON_TYPE)).build());
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
                    JsonNode body = send("GET jmap/session", new Request.Builder()
                            .url(http.url("jmap/session").build()).get().build());
                    session = new JmapSession(body.path("apiUrl").asText(),
                            body.path("primaryAccounts").path(STALWART).asText(null));
                }
                s = session;
            }
        }
        return s;
    }

    private JsonNode send(String operation, Request request) {
        HttpResult result = http.exchange(operation, request);
        if (!result.isSuccess()) {
            throw StalwartErrors.http(result);
        }
        try {
            return json.readTree(result.body());
        } catch (JsonProcessingException e) {
            throw new AdapterException(AdapterException.Kind.TRANSIENT, StalwartErrors.TARGET, result.status(),
                    operation + ": response is not JSON", null, e);
        }
    }

    private byte[] bytes(ObjectNode request) {
        try {
            return json.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JMAP request", e);
        }
    }
}
