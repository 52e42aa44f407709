package eu.dezky.adapters.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dezky.adapters.http.AdapterException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registry calls every operation is built from ({@code get}, {@code query}, one-object {@code set}
 * create/update/destroy, and a query with a create in the same request), turning a SetError of the one object into
 * an exception.
 */
final class RegistryCalls {

    private final JmapTransport transport;
    private final ObjectMapper json;

    RegistryCalls(JmapTransport transport, ObjectMapper json) {
        this.transport = transport;
        this.json = json;
    }

    ObjectMapper json() {
        return json;
    }

    /** What a query followed by a create in the same request found and made. */
    record QueryAndCreate(List<String> found, String createdId, AdapterException notCreated) {
    }

    String create(String object, ObjectNode value) {
        return created(object, transport.call(object + "/set", createArgs(value)));
    }

    /**
     * The objects matching {@code filter}, then a create of {@code value}, in one request (Stalwart applies the calls
     * in order): a create-or-adopt in one round trip when the object is new. When the query found the object, the
     * create fails on its unique name, which changes nothing.
     */
    QueryAndCreate queryAndCreate(String object, ObjectNode filter, ObjectNode value) {
        ObjectNode query = json.createObjectNode();
        query.set("filter", filter);
        List<JsonNode> answers = transport.callAll(List.of(new JmapTransport.MethodCall(object + "/query", query),
                new JmapTransport.MethodCall(object + "/set", createArgs(value))));
        List<String> found = new ArrayList<>();
        answers.get(0).path("ids").forEach(id -> found.add(id.asText()));
        try {
            return new QueryAndCreate(found, created(object, answers.get(1)), null);
        } catch (AdapterException e) {
            return new QueryAndCreate(found, null, e);
        }
    }

    private ObjectNode createArgs(ObjectNode value) {
        ObjectNode args = json.createObjectNode();
        args.putObject("create").set("new", value);
        return args;
    }

    private static String created(String object, JsonNode result) {
        JsonNode error = result.path("notCreated").path("new");
        if (!error.isMissingNode()) {
            throw StalwartErrors.setError(object + "/set", "create", error);
        }
        return result.path("created").path("new").path("id").asText();
    }

    void update(String object, String id, ObjectNode patch) {
        ObjectNode args = json.createObjectNode();
        args.putObject("update").set(id, patch);
        JsonNode error = transport.call(object + "/set", args).path("notUpdated").path(id);
        if (!error.isMissingNode()) {
            throw StalwartErrors.setError(object + "/set", id, error);
        }
    }

    void destroy(String object, List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        ObjectNode args = json.createObjectNode();
        ids.forEach(args.putArray("destroy")::add);
        JsonNode notDestroyed = transport.call(object + "/set", args).path("notDestroyed");
        for (String id : ids) {
            if (notDestroyed.has(id)) {
                throw StalwartErrors.setError(object + "/set", id, notDestroyed.path(id));
            }
        }
    }

    /** The objects with these ids; missing ones are simply absent. */
    List<JsonNode> get(String object, List<String> ids) {
        ObjectNode args = json.createObjectNode();
        if (ids == null) {
            args.putNull("ids");
        } else {
            ArrayNode array = args.putArray("ids");
            ids.forEach(array::add);
        }
        List<JsonNode> out = new ArrayList<>();
        transport.call(object + "/get", args).path("list").forEach(out::add);
        return out;
    }

    Optional<JsonNode> getOne(String object, String id) {
        return get(object, List.of(id)).stream().findFirst();
    }

    JsonNode require(String object, String id) {
        return getOne(object, id).orElseThrow(() -> AdapterException.of(AdapterException.Kind.NOT_FOUND,
                StalwartErrors.TARGET, object + " " + id + " not found"));
    }

    List<String> query(String object, ObjectNode filter) {
        ObjectNode args = json.createObjectNode();
        args.set("filter", filter);
        List<String> ids = new ArrayList<>();
        transport.call(object + "/query", args).path("ids").forEach(id -> ids.add(id.asText()));
        return ids;
    }
}
