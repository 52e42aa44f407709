package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code x:Account} (variants User and Group): sanitised name, required domain, the global e-mail key,
 * write-only password credentials, group membership foreign keys.
 */
final class AccountRules extends ObjectRules {

    static final String OBJECT = "x:Account";

    AccountRules(Registry registry) {
        super(OBJECT, registry);
    }

    @Override
    Set<String> filterable() {
        return Set.of("name", "@type", "domainId", "memberGroupIds", "memberTenantId", "text");
    }

    @Override
    ObjectNode defaults(JsonNode create) {
        boolean group = "Group".equals(create.path("@type").asText());
        ObjectNode d = JsonNodeFactory.instance.objectNode().put("@type", group ? "Group" : "User");
        if (!group) {
            d.putObject("credentials");
            d.putObject("memberGroupIds");
        }
        d.putNull("memberTenantId");
        d.putObject("roles").put("@type", group ? "Default" : "User");
        d.putObject("permissions").put("@type", "Inherit");
        d.putObject("quotas");
        d.putObject("aliases");
        d.putNull("description").put("locale", "en_US").putNull("timeZone");
        if (!group) {
            d.putObject("encryptionAtRest").put("@type", "Disabled");
        }
        return d;
    }

    @Override
    void validate(String id, ObjectNode before, ObjectNode candidate, Map<String, String> createdIds) {
        if (!candidate.hasNonNull("name")) {
            throw new SetErrorException(SetError.required("name"));
        }
        candidate.put("name", sanitizeLocalPart(candidate.path("name").asText(), "name"));
        requireDomain(candidate, createdIds);
        EmailKeys.sanitizeAliases(this, candidate, createdIds);
        candidate.path("memberGroupIds").fieldNames().forEachRemaining(groupId -> {
            boolean isGroup = registry.find(OBJECT, groupId)
                    .map(g -> "Group".equals(g.path("@type").asText())).orElse(false);
            if (!isGroup) {
                throw new SetErrorException(SetError.invalidForeignKey(ref(groupId)));
            }
        });
        if (candidate.has("credentials")) {
            Credentials.validate((ObjectNode) candidate.path("credentials"),
                    before == null ? null : before.path("credentials"));
        }
        EmailKeys.requireUnique(registry, OBJECT, id, candidate);
    }

    @Override
    List<SetError.ObjectRef> referrers(String id) {
        List<SetError.ObjectRef> out = new ArrayList<>();
        registry.rows(OBJECT).forEach((rowId, row) -> {
            if (row.path("memberGroupIds").has(id)) {
                out.add(ref(rowId));
            }
        });
        return out;
    }

    @Override
    void present(String id, ObjectNode out) {
        out.path("credentials").forEach(c -> {
            if (c.has("secret")) {
                ((ObjectNode) c).put("secret", "****");
            }
        });
        out.put("usedDiskQuota", 0);
        out.put("emailAddress", EmailKeys.emailAddress(registry, out));
    }
}
