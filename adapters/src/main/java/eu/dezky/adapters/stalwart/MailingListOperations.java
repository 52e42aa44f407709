package eu.dezky.adapters.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dezky.adapters.http.AdapterException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@code x:MailingList} operations behind {@link StalwartClient}. */
final class MailingListOperations {

    static final String LIST = "x:MailingList";

    private final RegistryCalls calls;

    MailingListOperations(RegistryCalls calls) {
        this.calls = calls;
    }

    MailingList createOrAdopt(String localPart, String domainId, Set<String> recipients, String description) {
        Optional<MailingList> existing = find(localPart, domainId);
        if (existing.isPresent()) {
            return existing.get();
        }
        ObjectNode value = calls.json().createObjectNode().put("name", local(localPart)).put("domainId", domainId);
        ObjectNode set = value.putObject("recipients");
        recipients.forEach(r -> set.put(r.toLowerCase(Locale.ROOT), true));
        value.put("description", description);
        try {
            return get(calls.create(LIST, value));
        } catch (AdapterException e) {
            if (e.kind() == AdapterException.Kind.CONFLICT) {
                return find(localPart, domainId).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    /**
     * Stalwart cannot filter lists by domain or name (only {@code text}/{@code memberTenantId} are
     * indexed), so this reads all lists and filters here; fine up to the server's 500-object get cap.
     */
    Optional<MailingList> find(String localPart, String domainId) {
        String name = local(localPart);
        return calls.get(LIST, null).stream()
                .filter(l -> l.path("name").asText().equals(name) && l.path("domainId").asText().equals(domainId))
                .findFirst().map(MailingListOperations::list);
    }

    /** Lists on the domain or with an address alias on it, filtered here for the reason given at {@link #find}. */
    List<MailingList> using(String domainId) {
        return calls.get(LIST, null).stream()
                .filter(l -> l.path("domainId").asText().equals(domainId) || hasAliasOn(l, domainId))
                .map(MailingListOperations::list).toList();
    }

    private static boolean hasAliasOn(JsonNode list, String domainId) {
        for (JsonNode alias : list.path("aliases")) {
            if (alias.path("domainId").asText().equals(domainId)) {
                return true;
            }
        }
        return false;
    }

    MailingList get(String id) {
        return list(calls.require(LIST, id));
    }

    void changeRecipients(String id, Set<String> add, Set<String> remove) {
        ObjectNode patch = calls.json().createObjectNode();
        remove.forEach(r -> patch.putNull("recipients/" + pointer(r.toLowerCase(Locale.ROOT))));
        add.forEach(r -> patch.put("recipients/" + pointer(r.toLowerCase(Locale.ROOT)), true));
        if (!patch.isEmpty()) {
            calls.update(LIST, id, patch);
        }
    }

    void setDescription(String id, String description) {
        calls.update(LIST, id, calls.json().createObjectNode().put("description", description));
    }

    void destroy(String id) {
        calls.destroy(LIST, List.of(id));
    }

    static String local(String localPart) {
        return localPart.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
    }

    /** JSON-pointer escaping of one path segment (RFC 6901). */
    static String pointer(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static MailingList list(JsonNode l) {
        Set<String> recipients = new LinkedHashSet<>();
        l.path("recipients").fieldNames().forEachRemaining(recipients::add);
        return new MailingList(l.path("id").asText(), l.path("name").asText(), l.path("domainId").asText(),
                l.path("emailAddress").asText(null), recipients);
    }
}
