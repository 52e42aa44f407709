package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stalwart's single global e-mail key: (local part, domainId) over account names, group names, list
 * names and every embedded alias. A clash is {@code primaryKeyViolation} with {@code ["email"]}.
 */
final class EmailKeys {

    private static final List<String> OWNERS = List.of(AccountRules.OBJECT, MailingListRules.OBJECT);

    private EmailKeys() {
    }

    /** Sanitises the embedded {@code aliases} object list and checks their domain foreign keys. */
    static void sanitizeAliases(ObjectRules rules, ObjectNode candidate, Map<String, String> createdIds) {
        JsonNode aliases = candidate.path("aliases");
        aliases.fields().forEachRemaining(e -> {
            ObjectNode alias = (ObjectNode) e.getValue();
            alias.put("name", ObjectRules.sanitizeLocalPart(alias.path("name").asText(null),
                    "aliases/" + e.getKey() + "/name"));
            if (!alias.has("enabled")) {
                alias.put("enabled", true);
            }
            if (!alias.has("description")) {
                alias.putNull("description");
            }
            rules.requireDomain(alias, createdIds);
        });
    }

    static Set<String> keysOf(JsonNode row) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(row.path("name").asText() + "@" + row.path("domainId").asText());
        row.path("aliases").forEach(a -> keys.add(a.path("name").asText() + "@" + a.path("domainId").asText()));
        return keys;
    }

    /** Fails when any address of the candidate is already owned by another account or list. */
    static void requireUnique(Registry registry, String objectName, String id, ObjectNode candidate) {
        int own = 1 + candidate.path("aliases").size();
        Set<String> keys = keysOf(candidate);
        if (keys.size() < own) {
            throw new SetErrorException(SetError.primaryKey("email",
                    id == null ? null : new SetError.ObjectRef(objectName.substring(2), id)));
        }
        for (String owner : OWNERS) {
            for (Map.Entry<String, ObjectNode> row : registry.rows(owner).entrySet()) {
                boolean self = owner.equals(objectName) && row.getKey().equals(id);
                if (!self && keysOf(row.getValue()).stream().anyMatch(keys::contains)) {
                    throw new SetErrorException(SetError.primaryKey("email",
                            new SetError.ObjectRef(owner.substring(2), row.getKey())));
                }
            }
        }
    }

    /** The primary address {@code name@domain}, computed on get as Stalwart's {@code emailAddress}. */
    static String emailAddress(Registry registry, JsonNode row) {
        return row.path("name").asText() + "@" + registry.domainName(row.path("domainId").asText());
    }
}
