package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Read access for tests to what exists in the simulator now, in the shape {@code get} would return
 * (secrets masked), plus password checks that never expose the stored secret.
 */
public final class StalwartInspection {

    private final Registry registry;
    private final Map<String, ObjectRules> rules;

    StalwartInspection(Registry registry, Map<String, ObjectRules> rules) {
        this.registry = registry;
        this.rules = rules;
    }

    public List<JsonNode> domains() {
        return all(DomainRules.OBJECT);
    }

    public List<JsonNode> dkimSignatures() {
        return all(DkimRules.OBJECT);
    }

    public List<JsonNode> accounts() {
        return all(AccountRules.OBJECT);
    }

    public List<JsonNode> mailingLists() {
        return all(MailingListRules.OBJECT);
    }

    public Optional<JsonNode> domainNamed(String name) {
        return domains().stream().filter(d -> d.path("name").asText().equals(name)).findFirst();
    }

    public Optional<JsonNode> accountWithEmail(String email) {
        return accounts().stream().filter(a -> a.path("emailAddress").asText().equals(email)).findFirst();
    }

    /** Whether the account's stored password equals {@code password}. */
    public boolean passwordMatches(String accountId, String password) {
        synchronized (registry) {
            return registry.find(AccountRules.OBJECT, accountId).stream()
                    .flatMap(a -> toList(a.path("credentials")).stream())
                    .anyMatch(c -> "Password".equals(c.path("@type").asText())
                            && password.equals(c.path("secret").asText()));
        }
    }

    /**
     * Whether a login with this password would succeed: the password matches and the account's own
     * permissions do not disable {@code authenticate} (disabled always wins in Stalwart).
     */
    public boolean canLogIn(String accountId, String password) {
        synchronized (registry) {
            boolean disabled = registry.find(AccountRules.OBJECT, accountId)
                    .map(a -> a.path("permissions").path("disabledPermissions").path("authenticate").asBoolean())
                    .orElse(true);
            return !disabled && passwordMatches(accountId, password);
        }
    }

    private List<JsonNode> all(String objectName) {
        synchronized (registry) {
            List<JsonNode> out = new ArrayList<>();
            registry.rows(objectName).forEach((id, row) -> {
                ObjectNode item = row.deepCopy();
                rules.get(objectName).present(id, item);
                out.add(item.put("id", id));
            });
            return out;
        }
    }

    private static List<JsonNode> toList(JsonNode objectList) {
        List<JsonNode> out = new ArrayList<>();
        objectList.forEach(out::add);
        return out;
    }
}
