package eu.dezky.adapters.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dezky.adapters.http.AdapterException;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code x:Domain} and {@code x:DkimSignature} operations behind {@link StalwartClient}. */
final class DomainOperations {

    static final String DOMAIN = "x:Domain";
    static final String DKIM = "x:DkimSignature";

    private final RegistryCalls calls;

    DomainOperations(RegistryCalls calls) {
        this.calls = calls;
    }

    /** Stalwart stores names lower-cased as A-labels and query filters match verbatim, so we do the same. */
    static String normalise(String name) {
        return IDN.toASCII(name.replaceAll("\\s", "").toLowerCase(Locale.ROOT));
    }

    StalwartDomain createOrAdopt(String name) {
        String normalised = normalise(name);
        Optional<StalwartDomain> existing = find(normalised);
        if (existing.isPresent()) {
            return existing.get();
        }
        ObjectNode value = calls.json().createObjectNode().put("name", normalised);
        try {
            return get(calls.create(DOMAIN, value));
        } catch (AdapterException e) {
            // a retried create whose first response was lost lands here: the domain is ours after all
            if (e.kind() == AdapterException.Kind.CONFLICT) {
                return find(normalised).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    Optional<StalwartDomain> find(String name) {
        ObjectNode filter = calls.json().createObjectNode().put("name", normalise(name));
        List<String> ids = calls.query(DOMAIN, filter);
        return ids.isEmpty() ? Optional.empty() : calls.getOne(DOMAIN, ids.get(0)).map(DomainOperations::domain);
    }

    /** The id alone: one query, no get. */
    Optional<String> findId(String name) {
        return calls.query(DOMAIN, calls.json().createObjectNode().put("name", normalise(name))).stream().findFirst();
    }

    StalwartDomain get(String id) {
        return domain(calls.require(DOMAIN, id));
    }

    List<DkimSignature> dkimSignatures(String domainId) {
        List<String> ids = calls.query(DKIM, calls.json().createObjectNode().put("domainId", domainId));
        List<DkimSignature> out = new ArrayList<>();
        if (!ids.isEmpty()) {
            calls.get(DKIM, ids).forEach(k -> out.add(new DkimSignature(k.path("id").asText(),
                    k.path("domainId").asText(), k.path("@type").asText(), k.path("selector").asText(),
                    k.path("stage").asText(), k.path("publicKey").asText(null))));
        }
        return out;
    }

    void destroy(String id) {
        calls.destroy(DOMAIN, List.of(id));
    }

    /**
     * The documented order: switch DKIM to Manual first (or the rotation task re-creates keys), destroy
     * the DKIM signatures, then the domain. Accounts and lists of the domain are the caller's to remove;
     * if any remain, the final destroy fails as a conflict naming them.
     */
    void destroyWithDkim(String id) {
        ObjectNode manual = calls.json().createObjectNode();
        manual.putObject("dkimManagement").put("@type", "Manual");
        calls.update(DOMAIN, id, manual);
        calls.destroy(DKIM, dkimSignatures(id).stream().map(DkimSignature::id).toList());
        calls.destroy(DOMAIN, List.of(id));
    }

    private static StalwartDomain domain(JsonNode d) {
        return new StalwartDomain(d.path("id").asText(), d.path("name").asText(),
                "Automatic".equals(d.path("dkimManagement").path("@type").asText()),
                d.path("dnsZoneFile").asText(null));
    }
}
