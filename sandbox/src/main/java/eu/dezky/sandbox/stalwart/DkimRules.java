package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Set;

/** {@code x:DkimSignature}: get, query by {@code domainId}, destroy; keys come from {@link DkimAutomation}. */
final class DkimRules extends ObjectRules {

    static final String OBJECT = "x:DkimSignature";

    DkimRules(Registry registry) {
        super(OBJECT, registry);
    }

    @Override
    Set<String> filterable() {
        return Set.of("domainId", "memberTenantId");
    }

    @Override
    ObjectNode defaults(JsonNode create) {
        return JsonNodeFactory.instance.objectNode();
    }

    @Override
    String createUnsupported() {
        // Importing a PEM key would need a key parser; the engine never imports keys, so the simulator
        // answers honestly instead of pretending.
        return "DKIM key import is not simulated by the sandbox";
    }

    @Override
    void validate(String id, ObjectNode before, ObjectNode candidate, Map<String, String> createdIds) {
        requireDomain(candidate, createdIds);
    }

    @Override
    void present(String id, ObjectNode out) {
        out.put("publicKey", registry.publicKey(id));
        if (out.path("privateKey").has("secret")) {
            ((ObjectNode) out.path("privateKey")).put("secret", "****");
        }
    }

    @Override
    boolean snowflakeIds() {
        return true;
    }

    @Override
    void afterDestroy(String id) {
        registry.publicKey(id, null);
    }

    @Override
    String text(ObjectNode row) {
        return row.path("selector").asText("");
    }
}
