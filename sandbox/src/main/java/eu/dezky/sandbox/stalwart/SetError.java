package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * A JMAP SetError as Stalwart's registry writes it: optional members are omitted when empty, and
 * object references name the object without its {@code x:} prefix.
 */
record SetError(String type, String description, List<String> properties, ObjectRef objectId,
                List<ObjectRef> linkedObjects, List<String[]> validationErrors) {

    /** A reference {@code {"object":"Domain","id":"b"}}. */
    record ObjectRef(String object, String id) {
    }

    static SetError of(String type, String description) {
        return new SetError(type, description, List.of(), null, List.of(), List.of());
    }

    static SetError invalidPatch(String description, String path) {
        return new SetError("invalidPatch", description, List.of(path), null, List.of(), List.of());
    }

    static SetError invalidProperties(String description, String property) {
        return new SetError("invalidProperties", description, List.of(property), null, List.of(), List.of());
    }

    static SetError required(String property) {
        return new SetError("validationFailed", "Validation failed", List.of(), null, List.of(),
                List.<String[]>of(new String[] {"Required", property}));
    }

    static SetError primaryKey(String property, ObjectRef existing) {
        return new SetError("primaryKeyViolation", "Primary key violation", List.of(property), existing,
                List.of(), List.of());
    }

    static SetError invalidForeignKey(ObjectRef missing) {
        return new SetError("invalidForeignKey", "Invalid foreign key", List.of(), missing, List.of(), List.of());
    }

    static SetError linked(ObjectRef target, List<ObjectRef> referrers) {
        return new SetError("objectIsLinked", "Object is linked", List.of(), target, referrers, List.of());
    }

    ObjectNode toJson() {
        ObjectNode out = JsonNodeFactory.instance.objectNode().put("type", type);
        if (description != null) {
            out.put("description", description);
        }
        if (!properties.isEmpty()) {
            properties.forEach(out.putArray("properties")::add);
        }
        if (objectId != null) {
            out.set("objectId", ref(objectId));
        }
        if (!linkedObjects.isEmpty()) {
            ArrayNode linked = out.putArray("linkedObjects");
            linkedObjects.forEach(r -> linked.add(ref(r)));
        }
        if (!validationErrors.isEmpty()) {
            ArrayNode errors = out.putArray("validationErrors");
            validationErrors.forEach(e -> errors.addObject().put("type", e[0]).put("property", e[1]));
        }
        return out;
    }

    private static ObjectNode ref(ObjectRef ref) {
        return JsonNodeFactory.instance.objectNode().put("object", ref.object()).put("id", ref.id());
    }
}
