package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code x:MailingList}: a distribution list whose {@code recipients} are plain addresses (they never
 * block deletion); its name and aliases share the global e-mail key; query filters only on
 * {@code text} and {@code memberTenantId}.
 */
final class MailingListRules extends ObjectRules {

    static final String OBJECT = "x:MailingList";

    MailingListRules(Registry registry) {
        super(OBJECT, registry);
    }

    @Override
    Set<String> filterable() {
        return Set.of("text", "memberTenantId");
    }

    @Override
    ObjectNode defaults(JsonNode create) {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.putObject("recipients");
        d.putObject("aliases");
        return d.putNull("description").putNull("memberTenantId");
    }

    @Override
    void validate(String id, ObjectNode before, ObjectNode candidate, Map<String, String> createdIds) {
        if (!candidate.hasNonNull("name")) {
            throw new SetErrorException(SetError.required("name"));
        }
        candidate.put("name", sanitizeLocalPart(candidate.path("name").asText(), "name"));
        requireDomain(candidate, createdIds);
        EmailKeys.sanitizeAliases(this, candidate, createdIds);
        ObjectNode recipients = JsonNodeFactory.instance.objectNode();
        candidate.path("recipients").fieldNames().forEachRemaining(address -> {
            String cleaned = address.trim().toLowerCase(Locale.ROOT);
            if (!cleaned.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new SetErrorException(SetError.invalidPatch("Invalid email address", "recipients"));
            }
            recipients.put(cleaned, true);
        });
        candidate.set("recipients", recipients);
        EmailKeys.requireUnique(registry, OBJECT, id, candidate);
    }

    @Override
    void present(String id, ObjectNode out) {
        out.put("emailAddress", EmailKeys.emailAddress(registry, out));
    }
}
