package eu.dezky.adapters.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Set;
import java.util.TreeSet;

/**
 * An account's own {@code permissions} value: {@code Inherit}, or {@code Merge}/{@code Replace} with
 * enabled and disabled permission names. Kept whole so a freeze can be undone exactly.
 */
public record AccountPermissions(String type, Set<String> enabled, Set<String> disabled) {

    /** Stalwart's default: the roles' permissions only. */
    public static final AccountPermissions INHERIT = new AccountPermissions("Inherit", Set.of(), Set.of());

    public AccountPermissions {
        enabled = Set.copyOf(enabled);
        disabled = Set.copyOf(disabled);
    }

    /** True when the account is frozen: every login permission a freeze takes away is disabled. */
    public boolean frozen() {
        return disabled.containsAll(AccountOperations.FREEZE);
    }

    static AccountPermissions from(JsonNode node) {
        Set<String> enabled = new TreeSet<>();
        Set<String> disabled = new TreeSet<>();
        node.path("enabledPermissions").fieldNames().forEachRemaining(enabled::add);
        node.path("disabledPermissions").fieldNames().forEachRemaining(disabled::add);
        return new AccountPermissions(node.path("@type").asText("Inherit"), enabled, disabled);
    }

    ObjectNode toJson(ObjectMapper json) {
        ObjectNode out = json.createObjectNode().put("@type", type);
        if (!type.equals("Inherit")) {
            ObjectNode e = out.putObject("enabledPermissions");
            enabled.forEach(p -> e.put(p, true));
            ObjectNode d = out.putObject("disabledPermissions");
            disabled.forEach(p -> d.put(p, true));
        }
        return out;
    }
}
