package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code x:<Object>/set}: creates, then updates, then destroys, each object on its own (one failure
 * becomes a SetError in {@code notCreated}/{@code notUpdated}/{@code notDestroyed}). Empty members are
 * left out and there is no {@code oldState}/{@code newState}, as in Stalwart's registry.
 */
final class SetMethod {

    private static final Set<String> ARGS = Set.of("accountId", "ifInState", "create", "update", "destroy");
    private static final int SET_MAX = 500;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Registry registry;
    private final StalwartVocabulary schema;
    private final SchemaChecker checker;
    private final PatchApplier patcher;

    SetMethod(Registry registry, StalwartVocabulary schema, SchemaChecker checker, PatchApplier patcher) {
        this.registry = registry;
        this.schema = schema;
        this.checker = checker;
        this.patcher = patcher;
    }

    ObjectNode apply(ObjectRules r, ObjectNode args, Map<String, String> createdIds, ObjectNode out) {
        args.fieldNames().forEachRemaining(name -> {
            if (!ARGS.contains(name)) {
                throw new MethodErrorException("invalidArguments", "Unknown argument " + name);
            }
        });
        JsonNode create = args.path("create");
        JsonNode update = args.path("update");
        JsonNode destroy = args.path("destroy");
        if (!(create.isMissingNode() || create.isNull() || create.isObject())
                || !(update.isMissingNode() || update.isNull() || update.isObject())
                || !(destroy.isMissingNode() || destroy.isNull() || destroy.isArray())) {
            throw new MethodErrorException("invalidArguments", "create/update must be objects, destroy an array");
        }
        if (create.size() + update.size() + destroy.size() > SET_MAX) {
            throw new MethodErrorException("requestTooLarge", "Too many objects in one set");
        }
        Set<String> destroying = new LinkedHashSet<>();
        destroy.forEach(id -> destroying.add(id.asText()));
        ObjectNode created = JSON.objectNode();
        ObjectNode notCreated = JSON.objectNode();
        create.fields().forEachRemaining(e -> {
            try {
                String id = create(r, e.getValue(), createdIds);
                createdIds.put(e.getKey(), id);
                created.putObject(e.getKey()).put("id", id);
            } catch (SetErrorException error) {
                notCreated.set(e.getKey(), error.error().toJson());
            }
        });
        ObjectNode updated = JSON.objectNode();
        ObjectNode notUpdated = JSON.objectNode();
        update.fields().forEachRemaining(e -> {
            try {
                if (destroying.contains(e.getKey())) {
                    throw new SetErrorException(SetError.of("willDestroy", "Object will be destroyed"));
                }
                update(r, e.getKey(), e.getValue(), createdIds);
                updated.putNull(e.getKey());
            } catch (SetErrorException error) {
                notUpdated.set(e.getKey(), error.error().toJson());
            }
        });
        ArrayNode destroyed = JSON.arrayNode();
        ObjectNode notDestroyed = JSON.objectNode();
        for (String id : destroying) {
            try {
                destroy(r, id);
                destroyed.add(id);
            } catch (SetErrorException error) {
                notDestroyed.set(id, error.error().toJson());
            }
        }
        putIfNotEmpty(out, "created", created);
        putIfNotEmpty(out, "updated", updated);
        putIfNotEmpty(out, "destroyed", destroyed);
        putIfNotEmpty(out, "notCreated", notCreated);
        putIfNotEmpty(out, "notUpdated", notUpdated);
        putIfNotEmpty(out, "notDestroyed", notDestroyed);
        return out;
    }

    private String create(ObjectRules r, JsonNode value, Map<String, String> createdIds) {
        if (r.createUnsupported() != null) {
            throw new SetErrorException(SetError.of("forbidden", r.createUnsupported()));
        }
        checker.checkObject(r.objectName, value, "", false);
        ObjectNode candidate = r.defaults(value);
        candidate.setAll(((ObjectNode) value).deepCopy());
        String fields = schema.fieldsNameFor(r.objectName, value.path("@type").asText(null));
        if (schema.property(fields, "createdAt").isPresent()) {
            candidate.put("createdAt", registry.now());
        }
        r.validate(null, null, candidate, createdIds);
        String id = r.snowflakeIds() ? registry.nextSnowflakeId() : registry.nextSequentialId(r.objectName);
        registry.rows(r.objectName).put(id, candidate);
        r.afterWrite(id, null, candidate);
        return id;
    }

    private void update(ObjectRules r, String id, JsonNode patch, Map<String, String> createdIds) {
        ObjectNode before = registry.find(r.objectName, id)
                .orElseThrow(() -> new SetErrorException(SetError.of("notFound", "Object not found")));
        if (!patch.isObject()) {
            throw new SetErrorException(SetError.invalidPatch("Invalid patch", ""));
        }
        ObjectNode candidate = before.deepCopy();
        patch.fields().forEachRemaining(e -> patcher.apply(r.objectName, candidate, e.getKey(), e.getValue()));
        r.validate(id, before, candidate, createdIds);
        registry.rows(r.objectName).put(id, candidate);
        r.afterWrite(id, before, candidate);
    }

    private void destroy(ObjectRules r, String id) {
        if (registry.find(r.objectName, id).isEmpty()) {
            throw new SetErrorException(SetError.of("notFound", "Object not found"));
        }
        List<SetError.ObjectRef> referrers = r.referrers(id);
        if (!referrers.isEmpty()) {
            throw new SetErrorException(SetError.linked(r.ref(id), referrers));
        }
        registry.rows(r.objectName).remove(id);
        r.afterDestroy(id);
    }

    private static void putIfNotEmpty(ObjectNode out, String name, JsonNode value) {
        if (!value.isEmpty()) {
            out.set(name, value);
        }
    }
}
