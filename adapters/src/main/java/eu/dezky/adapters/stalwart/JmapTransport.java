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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * JMAP requests over the shared {@link HttpExecutor} (limiter, retries with {@code Retry-After}, redacted logging):
 * the session is fetched once and its {@code apiUrl} and {@code maxCallsInRequest} used from then on, {@code using}
 * is core + {@code urn:stalwart:jmap}, method errors become exceptions. Several method calls travel in one request
 * where the caller can say them at once (RFC 8620 §3.3), never more than the server's {@code maxCallsInRequest}:
 * every request counts against Stalwart's per-minute limit, a method call does not.
 */
final class JmapTransport {

    static final String CORE = "urn:ietf:params:jmap:core";
    static final String STALWART = "urn:stalwart:jmap";
    // exactly application/json: Stalwart refuses other types with notJSON, and okhttp would append
    // "; charset=utf-8" to a String body, so the body is sent as bytes
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final HttpExecutor http;
    private final ObjectMapper json;
    private final JmapBatcher batcher;
    private volatile JmapSession session;

    /** What the client needs from the session resource. */
    record JmapSession(String apiUrl, String accountId, int maxCallsInRequest) {
    }

    /** One method call: its name ({@code x:Account/query}) and arguments. */
    record MethodCall(String method, ObjectNode args) {
    }

    JmapTransport(HttpExecutor http, ObjectMapper json) {
        this(http, json, JmapBatcher.PATIENCE);
    }

    /** @param patience how long a caller waits for the request under way before it sends beside it */
    JmapTransport(HttpExecutor http, ObjectMapper json, Duration patience) {
        this.http = http;
        this.json = json;
        this.batcher = new JmapBatcher(this::request, http.target().maxConcurrentRequests(), patience);
    }

    /** Callers waiting for a request to carry their calls. */
    int queued() {
        return batcher.queued();
    }

    /** Calls one method and returns its response arguments. */
    JsonNode call(String method, ObjectNode args) {
        return callAll(List.of(new MethodCall(method, args))).get(0);
    }

    /**
     * Calls the methods in order, in as few requests as the server's {@code maxCallsInRequest} allows (shared with
     * other threads' calls where they coincide, see {@link JmapBatcher}), and returns each one's response arguments;
     * the first method error ends it as an exception.
     */
    List<JsonNode> callAll(List<MethodCall> calls) {
        int max = session().maxCallsInRequest();
        List<JsonNode> answers = new ArrayList<>(calls.size());
        for (int from = 0; from < calls.size(); from += max) {
            List<MethodCall> chunk = calls.subList(from, Math.min(calls.size(), from + max));
            List<JsonNode> responses = batcher.send(chunk, max);
            for (int i = 0; i < chunk.size(); i++) {
                JsonNode answer = responses.get(i);
                if ("error".equals(answer.path(0).asText())) {
                    throw StalwartErrors.methodError(chunk.get(i).method(), answer.path(1));
                }
                answers.add(answer.path(1));
            }
        }
        return answers;
    }

    /** One request with these calls; their method responses by position (a missing one as a serverFail error). */
    private List<JsonNode> request(List<MethodCall> calls) {
        JmapSession s = session();
        ObjectNode request = json.createObjectNode();
        request.putArray("using").add(CORE).add(STALWART);
        var methodCalls = request.putArray("methodCalls");
        for (int i = 0; i < calls.size(); i++) {
            ObjectNode args = calls.get(i).args();
            if (s.accountId() != null) {
                args.put("accountId", s.accountId());
            }
            methodCalls.addArray().add(calls.get(i).method()).add(args).add("c" + i);
        }
        String label = calls.size() == 1 ? calls.get(0).method() : calls.get(0).method() + " +" + (calls.size() - 1);
        JsonNode response = send(label, new Request.Builder().url(s.apiUrl())
                .post(RequestBody.create(bytes(request), JSON_TYPE)).build());
        List<JsonNode> answers = new ArrayList<>(calls.size());
        for (int i = 0; i < calls.size(); i++) {
            JsonNode answer = answerTo("c" + i, response.path("methodResponses"));
            answers.add(answer != null ? answer : json.createArrayNode().add("error")
                    .add(json.createObjectNode().put("type", "serverFail").put("description", "no response")));
        }
        return answers;
    }

    /** The response to call {@code id}; a server may answer one call with several responses, the last one counts. */
    private static JsonNode answerTo(String id, JsonNode responses) {
        JsonNode found = null;
        for (JsonNode r : responses) {
            if (id.equals(r.path(2).asText())) {
                found = r;
            }
        }
        return found;
    }

    private JmapSession session() {
        JmapSession s = session;
        if (s == null) {
            synchronized (this) {
                if (session == null) {
                    JsonNode body = send("GET jmap/session", new Request.Builder()
                            .url(http.url("jmap/session").build()).get().build());
                    // a server that does not say how many calls it takes gets one per request
                    int maxCalls = body.path("capabilities").path(CORE).path("maxCallsInRequest").asInt(1);
                    session = new JmapSession(body.path("apiUrl").asText(),
                            body.path("primaryAccounts").path(STALWART).asText(null), Math.max(1, maxCalls));
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
