package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.IDN;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** {@code x:Domain}: sanitised unique names and aliases, async DKIM, computed zone file, referrers. */
final class DomainRules extends ObjectRules {

    static final String OBJECT = "x:Domain";

    private final StalwartVocabulary schema;
    private final ZoneFileRenderer zone;
    private final DkimAutomation dkim;

    DomainRules(Registry registry, StalwartVocabulary schema, ZoneFileRenderer zone, DkimAutomation dkim) {
        super(OBJECT, registry);
        this.schema = schema;
        this.zone = zone;
        this.dkim = dkim;
    }

    @Override
    Set<String> filterable() {
        return Set.of("name", "aliases", "text", "memberTenantId");
    }

    @Override
    ObjectNode defaults(JsonNode create) {
        ObjectNode d = JsonNodeFactory.instance.objectNode();
        d.putObject("aliases");
        d.put("isEnabled", true).putNull("description");
        d.putNull("logo");
        d.putObject("certificateManagement").put("@type", "Manual");
        ObjectNode dkimManagement = d.putObject("dkimManagement").put("@type", "Automatic");
        dkimManagement.setAll((ObjectNode) schema.defaults(OwnVocabulary.DKIM_MANAGEMENT).deepCopy());
        d.putObject("dnsManagement").put("@type", "Manual");
        d.putNull("memberTenantId").putNull("directoryId").putNull("catchAllAddress");
        d.putObject("subAddressing").put("@type", "Enabled");
        d.put("allowRelaying", false).put("reportAddressUri", "mailto:postmaster");
        return d;
    }

    @Override
    void validate(String id, ObjectNode before, ObjectNode candidate, Map<String, String> createdIds) {
        if (!candidate.hasNonNull("name")) {
            throw new SetErrorException(SetError.required("name"));
        }
        candidate.put("name", sanitize(candidate.path("name").asText(), "name"));
        ObjectNode aliases = JsonNodeFactory.instance.objectNode();
        candidate.path("aliases").fieldNames().forEachRemaining(a -> aliases.put(sanitize(a, "aliases"), true));
        candidate.set("aliases", aliases);
        if (aliases.has(candidate.path("name").asText())) {
            throw new SetErrorException(SetError.primaryKey("aliases", id == null ? null : ref(id)));
        }
        for (Map.Entry<String, ObjectNode> other : registry.rows(OBJECT).entrySet()) {
            if (other.getKey().equals(id)) {
                continue;
            }
            Set<String> taken = names(other.getValue());
            if (taken.contains(candidate.path("name").asText())) {
                throw new SetErrorException(SetError.primaryKey("name", ref(other.getKey())));
            }
            aliases.fieldNames().forEachRemaining(a -> {
                if (taken.contains(a)) {
                    throw new SetErrorException(SetError.primaryKey("aliases", ref(other.getKey())));
                }
            });
        }
        String catchAll = candidate.path("catchAllAddress").asText(null);
        if (catchAll != null && !catchAll.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new SetErrorException(SetError.invalidPatch("Invalid email address", "catchAllAddress"));
        }
    }

    @Override
    void afterWrite(String id, ObjectNode before, ObjectNode after) {
        boolean automatic = "Automatic".equals(after.path("dkimManagement").path("@type").asText());
        boolean wasAutomatic = before != null
                && "Automatic".equals(before.path("dkimManagement").path("@type").asText());
        if (automatic && !wasAutomatic) {
            dkim.schedule(id);
        }
    }

    @Override
    List<SetError.ObjectRef> referrers(String id) {
        List<SetError.ObjectRef> out = new ArrayList<>();
        for (String owner : List.of(AccountRules.OBJECT, MailingListRules.OBJECT)) {
            registry.rows(owner).forEach((rowId, row) -> {
                boolean linked = id.equals(row.path("domainId").asText());
                for (JsonNode alias : row.path("aliases")) {
                    linked |= id.equals(alias.path("domainId").asText());
                }
                if (linked) {
                    out.add(new SetError.ObjectRef(owner.substring(2), rowId));
                }
            });
        }
        registry.rows(DkimRules.OBJECT).forEach((rowId, row) -> {
            if (id.equals(row.path("domainId").asText())) {
                out.add(new SetError.ObjectRef("DkimSignature", rowId));
            }
        });
        if (id.equals(registry.defaultDomainId())) {
            out.add(new SetError.ObjectRef("SystemSettings", "singleton"));
        }
        return out;
    }

    @Override
    void present(String id, ObjectNode out) {
        List<ZoneFileRenderer.DkimRecord> keys = new ArrayList<>();
        registry.rows(DkimRules.OBJECT).entrySet().stream()
                .filter(e -> id.equals(e.getValue().path("domainId").asText()))
                .sorted(Comparator.comparingLong(e -> StalwartIds.decode(e.getKey())))
                .forEach(e -> keys.add(new ZoneFileRenderer.DkimRecord(e.getValue().path("selector").asText(),
                        e.getValue().path("@type").asText(), registry.publicKey(e.getKey()))));
        out.put("dnsZoneFile", zone.render(out.path("name").asText(),
                out.path("reportAddressUri").asText(null), keys));
    }

    private static Set<String> names(JsonNode domain) {
        Set<String> names = new java.util.HashSet<>();
        names.add(domain.path("name").asText());
        domain.path("aliases").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Whitespace removed, lower-cased, IDN to A-label, then a plain host-name syntax check. */
    static String sanitize(String raw, String path) {
        String cleaned = raw.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
        try {
            String ascii = IDN.toASCII(cleaned, IDN.USE_STD3_ASCII_RULES);
            if (ascii.matches("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}")) {
                return ascii;
            }
        } catch (IllegalArgumentException e) {
            // falls through: not a valid IDN either
        }
        throw new SetErrorException(SetError.invalidPatch("Invalid domain name", path));
    }
}
