package eu.dezky.adapters.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dezky.adapters.http.AdapterException;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** {@code x:Account} (User) operations behind {@link StalwartClient}. */
final class AccountOperations {

    static final String ACCOUNT = "x:Account";

    /**
     * Stalwart 0.16 has no "disabled" flag on accounts. Every login needs {@code authenticate}, SMTP
     * AUTH also {@code emailSend}; disabling them through the account's own permissions blocks access
     * while credentials stay untouched (reference §9). {@code emailReceive} stays, so mail still arrives.
     */
    static final Set<String> FREEZE = Set.of("authenticate", "authenticateWithAlias", "emailSend");

    /** Stalwart answers at most 500 objects per get. */
    private static final int GET_PAGE = 500;

    private final RegistryCalls calls;

    AccountOperations(RegistryCalls calls) {
        this.calls = calls;
    }

    /**
     * One request when the account is new: the query by name and the create travel together. An account found (our
     * own earlier try whose answer was lost) is adopted and gets the password.
     */
    StalwartAccount createOrAdopt(NewAccount spec) {
        String name = MailingListOperations.local(spec.localPart());
        ObjectNode value = calls.json().createObjectNode().put("@type", "User")
                .put("name", name).put("domainId", spec.domainId()).put("description", spec.description());
        if (spec.password() != null) {
            value.putObject("credentials").putObject("0").put("@type", "Password").put("secret", spec.password());
        }
        RegistryCalls.QueryAndCreate outcome = calls.queryAndCreate(ACCOUNT, filter(name, spec.domainId()), value);
        if (outcome.createdId() != null) {
            return new StalwartAccount(outcome.createdId(), name, spec.domainId(), null, spec.description(),
                    spec.password() != null, List.of(), AccountPermissions.INHERIT);
        }
        // found before the create, or created by someone between the two: ours to adopt either way, else a conflict
        Optional<StalwartAccount> existing = outcome.found().isEmpty()
                ? outcome.notCreated().kind() == AdapterException.Kind.CONFLICT ? find(name, spec.domainId())
                        : Optional.empty()
                : calls.getOne(ACCOUNT, outcome.found().get(0)).map(AccountOperations::account);
        StalwartAccount adopted = existing.orElseThrow(outcome::notCreated);
        if (spec.password() != null) {
            setPassword(adopted.id(), spec.password());
        }
        return adopted;
    }

    private ObjectNode filter(String name, String domainId) {
        return calls.json().createObjectNode().put("@type", "User").put("name", name).put("domainId", domainId);
    }

    Optional<StalwartAccount> find(String localPart, String domainId) {
        List<String> ids = calls.query(ACCOUNT, filter(MailingListOperations.local(localPart), domainId));
        return ids.isEmpty() ? Optional.empty() : calls.getOne(ACCOUNT, ids.get(0)).map(AccountOperations::account);
    }

    /** Accounts (users and groups) whose primary address is on the domain. */
    List<StalwartAccount> onDomain(String domainId) {
        List<String> ids = calls.query(ACCOUNT, calls.json().createObjectNode().put("domainId", domainId));
        return getAll(ids).stream().map(AccountOperations::account).toList();
    }

    /**
     * Accounts of other domains with an address alias on this one. Aliases cannot be filtered on, so this reads
     * every account (in pages of the server's 500-object get cap) and filters here.
     */
    List<StalwartAccount> withAliasesOn(String domainId) {
        List<String> ids = calls.query(ACCOUNT, calls.json().createObjectNode());
        return getAll(ids).stream().map(AccountOperations::account)
                .filter(a -> !a.domainId().equals(domainId))
                .filter(a -> a.aliases().stream().anyMatch(x -> x.domainId().equals(domainId)))
                .toList();
    }

    private List<JsonNode> getAll(List<String> ids) {
        List<JsonNode> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += GET_PAGE) {
            out.addAll(calls.get(ACCOUNT, ids.subList(from, Math.min(ids.size(), from + GET_PAGE))));
        }
        return out;
    }

    StalwartAccount get(String id) {
        return account(calls.require(ACCOUNT, id));
    }

    /** Patches the existing Password credential in place, which keeps app passwords and API keys. */
    void setPassword(String id, String password) {
        JsonNode credentials = calls.require(ACCOUNT, id).path("credentials");
        ObjectNode patch = calls.json().createObjectNode();
        Optional<String> key = keyOf(credentials, c -> "Password".equals(c.path("@type").asText()));
        if (key.isPresent()) {
            patch.put("credentials/" + key.get() + "/secret", password);
        } else {
            patch.putObject("credentials/" + freeKey(credentials)).put("@type", "Password").put("secret", password);
        }
        calls.update(ACCOUNT, id, patch);
    }

    /**
     * Disables log-in, keeping the password; returns the previous permissions for {@link #unfreeze}.
     * Freezing a frozen account changes nothing and returns what unfreezing would restore, so a
     * retried freeze never records the frozen state as the one to go back to.
     */
    AccountPermissions freeze(String id) {
        AccountPermissions current = get(id).permissions();
        if (current.disabled().containsAll(FREEZE)) {
            return thawed(current);
        }
        Set<String> disabled = new TreeSet<>(current.disabled());
        disabled.addAll(FREEZE);
        String type = current.type().equals("Inherit") ? "Merge" : current.type();
        writePermissions(id, new AccountPermissions(type, current.enabled(), disabled));
        return current;
    }

    /** Restores the permissions saved by {@link #freeze}; with null, removes only the freeze set. */
    void unfreeze(String id, AccountPermissions previous) {
        writePermissions(id, previous != null ? previous : thawed(get(id).permissions()));
    }

    private static AccountPermissions thawed(AccountPermissions frozen) {
        Set<String> disabled = new TreeSet<>(frozen.disabled());
        disabled.removeAll(FREEZE);
        return frozen.type().equals("Merge") && disabled.isEmpty() && frozen.enabled().isEmpty()
                ? AccountPermissions.INHERIT : new AccountPermissions(frozen.type(), frozen.enabled(), disabled);
    }

    private void writePermissions(String id, AccountPermissions permissions) {
        ObjectNode patch = calls.json().createObjectNode();
        patch.set("permissions", permissions.toJson(calls.json()));
        calls.update(ACCOUNT, id, patch);
    }

    /** Adds {@code localPart@domain} to the account's embedded aliases; no-op when already there. */
    void addAlias(String id, String localPart, String domainId) {
        JsonNode aliases = calls.require(ACCOUNT, id).path("aliases");
        String name = MailingListOperations.local(localPart);
        if (keyOf(aliases, a -> matches(a, name, domainId)).isPresent()) {
            return;
        }
        ObjectNode patch = calls.json().createObjectNode();
        patch.putObject("aliases/" + freeKey(aliases)).put("name", name).put("domainId", domainId);
        calls.update(ACCOUNT, id, patch);
    }

    /** Removes the alias; no-op when the account does not have it. */
    void removeAlias(String id, String localPart, String domainId) {
        JsonNode aliases = calls.require(ACCOUNT, id).path("aliases");
        String name = MailingListOperations.local(localPart);
        Optional<String> key = keyOf(aliases, a -> matches(a, name, domainId));
        if (key.isPresent()) {
            calls.update(ACCOUNT, id, calls.json().createObjectNode().putNull("aliases/" + key.get()));
        }
    }

    void destroy(String id) {
        calls.destroy(ACCOUNT, List.of(id));
    }

    private static boolean matches(JsonNode alias, String name, String domainId) {
        return alias.path("name").asText().equals(name) && alias.path("domainId").asText().equals(domainId);
    }

    private static Optional<String> keyOf(JsonNode objectList, java.util.function.Predicate<JsonNode> test) {
        for (Iterator<Map.Entry<String, JsonNode>> it = objectList.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (test.test(e.getValue())) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** Object lists are keyed by decimal index strings; a new entry takes one past the highest. */
    private static String freeKey(JsonNode objectList) {
        int next = 0;
        for (Iterator<String> it = objectList.fieldNames(); it.hasNext(); ) {
            next = Math.max(next, Integer.parseInt(it.next()) + 1);
        }
        return Integer.toString(next);
    }

    private static StalwartAccount account(JsonNode a) {
        List<EmailAlias> aliases = new ArrayList<>();
        a.path("aliases").forEach(x -> aliases.add(new EmailAlias(x.path("name").asText(),
                x.path("domainId").asText(), x.path("enabled").asBoolean(true))));
        boolean hasPassword = false;
        for (JsonNode c : a.path("credentials")) {
            hasPassword |= "Password".equals(c.path("@type").asText());
        }
        return new StalwartAccount(a.path("id").asText(), a.path("name").asText(), a.path("domainId").asText(),
                a.path("emailAddress").asText(null), a.path("description").asText(null), hasPassword,
                List.copyOf(aliases), AccountPermissions.from(a.path("permissions")));
    }
}
