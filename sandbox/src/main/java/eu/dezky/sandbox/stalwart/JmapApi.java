package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The RFC 8620 request envelope: {@code using}, {@code methodCalls}, {@code createdIds}. Request-level
 * problems are {@link RequestProblem}s (HTTP 400); method-level ones become {@code ["error",…]}.
 */
final class JmapApi {

    static final Set<String> CAPABILITIES = Set.of("urn:ietf:params:jmap:core", "urn:stalwart:jmap");
    static final int MAX_CALLS = 16;

    /** A request-level error, answered as HTTP 400 problem details. */
    static final class RequestProblem extends RuntimeException {
        final String type;

        RequestProblem(String type, String detail) {
            super(detail, null, false, false);
            this.type = type;
        }
    }

    private final RegistryMethods methods;
    private final String sessionState;

    JmapApi(RegistryMethods methods, String sessionState) {
        this.methods = methods;
        this.sessionState = sessionState;
    }

    /** The method names a request carries, for fault gating and call counting. */
    static List<String> methodNames(JsonNode request) {
        if (!request.isObject() || !request.path("using").isArray() || !request.path("methodCalls").isArray()) {
            throw new RequestProblem("urn:ietf:params:jmap:error:notRequest", "Invalid JMAP request");
        }
        List<String> names = new ArrayList<>();
        request.path("methodCalls").forEach(call -> names.add(call.path(0).asText()));
        return names;
    }

    private static ObjectNode error(String type, String description) {
        return JsonNodeFactory.instance.objectNode().put("type", type).put("description", description);
    }

    ObjectNode handle(JsonNode request) {
        methodNames(request);
        for (JsonNode capability : request.path("using")) {
            if (!CAPABILITIES.contains(capability.asText())) {
                throw new RequestProblem("urn:ietf:params:jmap:error:unknownCapability",
                        "Unknown capability " + capability.asText());
            }
        }
        if (request.path("methodCalls").size() > MAX_CALLS) {
            throw new RequestProblem("urn:ietf:params:jmap:error:limit", "maxCallsInRequest");
        }
        Map<String, String> createdIds = new HashMap<>();
        request.path("createdIds").fields().forEachRemaining(e -> createdIds.put(e.getKey(), e.getValue().asText()));
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        ArrayNode responses = response.putArray("methodResponses");
        for (JsonNode call : request.path("methodCalls")) {
            String name = call.path(0).asText();
            String callId = call.path(2).asText();
            try {
                if (!call.isArray() || call.size() != 3 || !call.path(1).isObject()) {
                    throw new MethodErrorException("invalidArguments", "Invalid method call");
                }
                ObjectNode result = methods.call(name, ((ObjectNode) call.path(1)).deepCopy(), createdIds);
                responses.addArray().add(name).add(result).add(callId);
            } catch (MethodErrorException e) {
                responses.addArray().add("error").add(error(e.type(), e.getMessage())).add(callId);
            } catch (RuntimeException e) {
                // a simulator bug must look like a server fault to the client, not like a dropped connection
                responses.addArray().add("error").add(error("serverFail", String.valueOf(e.getMessage())))
                        .add(callId);
            }
        }
        response.put("sessionState", sessionState);
        if (request.has("createdIds")) {
            ObjectNode ids = response.putObject("createdIds");
            createdIds.forEach(ids::put);
        }
        return response;
    }
}
