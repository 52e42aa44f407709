package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The simulator's own knowledge of the four objects it serves, enough to behave like Stalwart without the vendor's
 * schema file: the objects and their variants, which have a server-set {@code createdAt}, and the DKIM management
 * defaults a new domain gets, and the kind of the containers clients patch inside (sets, lists of objects). Other
 * property values are not type-checked here ({@code any}); with the vendor schema
 * switched on ({@link StalwartSchema}) every property and value is, and {@code StalwartSimulatorVocabularyTest}
 * checks this class against that schema so the two cannot drift.
 */
final class OwnVocabulary implements StalwartVocabulary {

    static final OwnVocabulary INSTANCE = new OwnVocabulary();

    /** Object → variant → fields name; a single-schema object has the one variant "". */
    private static final Map<String, Map<String, String>> OBJECTS = Map.of(
            DomainRules.OBJECT, Map.of("", "x:Domain"),
            MailingListRules.OBJECT, Map.of("", "x:MailingList"),
            AccountRules.OBJECT, ordered("User", "x:UserAccount", "Group", "x:GroupAccount"),
            DkimRules.OBJECT, ordered("Dkim1Ed25519Sha256", "x:Dkim1Signature", "Dkim1RsaSha256", "x:Dkim1Signature",
                    "Dkim2Ed25519Sha256", "x:Dkim2Signature", "Dkim2RsaSha256", "x:Dkim2Signature"));
    /** The fields entries whose objects get {@code createdAt} from the server. */
    static final Set<String> CREATED_AT = Set.of("x:Domain", "x:UserAccount", "x:GroupAccount", "x:Dkim1Signature",
            "x:Dkim2Signature");
    /** Stalwart 0.16's defaults for automatic DKIM: both algorithms, rotated quarterly. */
    static final String DKIM_MANAGEMENT = "x:DkimManagementProperties";
    private static final JsonNode ANY = spec(type("any"));
    /**
     * The properties clients patch inside (JMAP update paths such as {@code credentials/0/secret} or
     * {@code recipients/a@b.example}): their container kind decides how a path is walked and what {@code null}
     * means. Every other property is a plain value ({@code any}).
     */
    static final Map<String, Map<String, JsonNode>> CONTAINERS = Map.of(
            "x:UserAccount", Map.of("credentials", spec(objectList("x:Credential")),
                    "aliases", spec(objectList("x:EmailAlias")), "memberGroupIds", spec(set("objectId"))),
            "x:GroupAccount", Map.of("aliases", spec(objectList("x:EmailAlias"))),
            "x:MailingList", Map.of("recipients", spec(set("string")), "aliases", spec(objectList("x:EmailAlias"))),
            "x:Domain", Map.of("aliases", spec(set("string"))));

    private OwnVocabulary() {
    }

    private static ObjectNode type(String kind) {
        return JsonNodeFactory.instance.objectNode().put("type", kind);
    }

    private static ObjectNode set(String elementKind) {
        ObjectNode set = type("set");
        set.set("class", type(elementKind));
        return set;
    }

    private static ObjectNode objectList(String objectName) {
        return type("objectList").put("objectName", objectName);
    }

    private static JsonNode spec(ObjectNode type) {
        return JsonNodeFactory.instance.objectNode().set("type", type);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return out;
    }

    @Override
    public boolean hasObject(String objectName) {
        return OBJECTS.containsKey(objectName);
    }

    @Override
    public boolean isMultiVariant(String name) {
        return OBJECTS.containsKey(name) && !OBJECTS.get(name).containsKey("");
    }

    @Override
    public Set<String> variants(String name) {
        return isMultiVariant(name) ? OBJECTS.get(name).keySet() : Set.of();
    }

    @Override
    public String fieldsNameFor(String name, String variant) {
        Map<String, String> variants = OBJECTS.get(name);
        if (variants == null) {
            return name;
        }
        return variants.containsKey("") ? variants.get("") : variants.get(variant);
    }

    @Override
    public Optional<JsonNode> property(String fieldsName, String property) {
        if (property.equals("createdAt")) {
            return CREATED_AT.contains(fieldsName) ? Optional.of(ANY) : Optional.empty();
        }
        return Optional.of(CONTAINERS.getOrDefault(fieldsName, Map.of()).getOrDefault(property, ANY));
    }

    @Override
    public JsonNode defaults(String fieldsName) {
        if (!DKIM_MANAGEMENT.equals(fieldsName)) {
            return JsonNodeFactory.instance.objectNode();
        }
        ObjectNode defaults = JsonNodeFactory.instance.objectNode();
        defaults.putObject("algorithms").put("Dkim1Ed25519Sha256", true).put("Dkim1RsaSha256", true);
        defaults.put("deleteAfter", 2_592_000_000L).put("retireAfter", 604_800_000L)
                .put("rotateAfter", 7_776_000_000L).put("selectorTemplate", "v{version}-{algorithm}-{date-%Y%m%d}");
        return defaults;
    }

    @Override
    public boolean isEnumValue(String enumName, String value) {
        return true;
    }

    @Override
    public String source() {
        return "the simulator's own rules";
    }
}
