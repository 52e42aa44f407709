package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What is specific to one simulated {@code x:} object type: defaults, sanitising and validation,
 * referential integrity, computed properties. The generic get/set/query machinery lives in
 * {@link RegistryMethods}.
 */
abstract class ObjectRules {

    final String objectName;
    final Registry registry;

    ObjectRules(String objectName, Registry registry) {
        this.objectName = objectName;
        this.registry = registry;
    }

    /** The object name without {@code x:}, as used in SetError object references. */
    String shortName() {
        return objectName.substring(2);
    }

    /** Indexed properties a query may filter on (equality). */
    abstract Set<String> filterable();

    /** Defaults for a new object; the client's values are laid over them. */
    abstract ObjectNode defaults(JsonNode create);

    /** Sanitises and validates a candidate; {@code before} is null on create. */
    abstract void validate(String id, ObjectNode before, ObjectNode candidate, Map<String, String> createdIds);

    /** Called after a create or update was stored. */
    void afterWrite(String id, ObjectNode before, ObjectNode after) {
    }

    /** Objects that hold a foreign key to {@code id} and so block its destruction. */
    List<SetError.ObjectRef> referrers(String id) {
        return List.of();
    }

    /** Called after a destroy; cleans side tables. */
    void afterDestroy(String id) {
    }

    /** Adds computed properties and masks secrets on a copy about to be returned by get. */
    void present(String id, ObjectNode out) {
    }

    /** A reason when create is not simulated for this type, else null. */
    String createUnsupported() {
        return null;
    }

    /** Whether ids come from a snowflake generator instead of a per-type counter. */
    boolean snowflakeIds() {
        return false;
    }

    /** The words a {@code text} filter matches against. */
    String text(ObjectNode row) {
        return row.path("name").asText("") + " " + row.path("description").asText("");
    }

    SetError.ObjectRef ref(String id) {
        return new SetError.ObjectRef(shortName(), id);
    }

    /** Resolves a creation reference {@code "#client-id"} in place and returns the final id. */
    static String resolveRef(ObjectNode node, String field, Map<String, String> createdIds) {
        String value = node.path(field).asText(null);
        if (value != null && value.startsWith("#")) {
            String resolved = createdIds.get(value.substring(1));
            if (resolved == null) {
                throw new SetErrorException(SetError.invalidForeignKey(new SetError.ObjectRef("Domain", value)));
            }
            node.put(field, resolved);
            return resolved;
        }
        return value;
    }

    /** Requires {@code domainId} (validationFailed) naming an existing domain (invalidForeignKey). */
    void requireDomain(ObjectNode node, Map<String, String> createdIds) {
        String domainId = resolveRef(node, "domainId", createdIds);
        if (domainId == null) {
            throw new SetErrorException(SetError.required("domainId"));
        }
        if (registry.find(DomainRules.OBJECT, domainId).isEmpty()) {
            throw new SetErrorException(SetError.invalidForeignKey(new SetError.ObjectRef("Domain", domainId)));
        }
    }

    /** Stalwart's local-part sanitiser: whitespace dropped, lower-cased, then syntax-checked. */
    static String sanitizeLocalPart(String raw, String path) {
        String cleaned = raw == null ? "" : raw.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        if (!cleaned.matches("[a-z0-9!#$%&'*+=?^_`{|}~.-]+") || cleaned.startsWith(".") || cleaned.endsWith(".")) {
            throw new SetErrorException(SetError.invalidPatch("Invalid email local part", path));
        }
        return cleaned;
    }
}
