package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The generic {@code x:<Object>/get|set|query} methods over the {@link Registry}: no {@code state} on
 * get, {@code queryState:"n"} and id-descending default order on query, {@code /set} delegated to
 * {@link SetMethod}. Anything else is {@code unknownMethod}, as there is no {@code /changes}.
 */
final class RegistryMethods {

    private static final Set<String> GET_ARGS = Set.of("accountId", "ids", "properties");
    private static final Set<String> QUERY_ARGS = Set.of("accountId", "filter", "sort", "position", "anchor",
            "anchorOffset", "limit", "calculateTotal");
    private static final int GET_MAX = 500;
    private static final int QUERY_MAX = 5000;

    private final Registry registry;
    private final StalwartVocabulary schema;
    private final Map<String, ObjectRules> rules;
    private final ResponseGuard guard;
    private final SetMethod set;
    private final String accountId;

    RegistryMethods(Registry registry, StalwartVocabulary schema, Map<String, ObjectRules> rules, ResponseGuard guard,
                    SetMethod set, String accountId) {
        this.registry = registry;
        this.schema = schema;
        this.rules = rules;
        this.guard = guard;
        this.set = set;
        this.accountId = accountId;
    }

    ObjectNode call(String method, ObjectNode args, Map<String, String> createdIds) {
        int slash = method.indexOf('/');
        String object = slash < 0 ? method : method.substring(0, slash);
        String fn = slash < 0 ? "" : method.substring(slash + 1);
        if (!object.startsWith("x:") || !schema.hasObject(object) || !Set.of("get", "set", "query").contains(fn)) {
            throw new MethodErrorException("unknownMethod", "Unknown method " + method);
        }
        ObjectRules r = rules.get(object);
        if (r == null) {
            throw new MethodErrorException("unknownMethod", object + " is not simulated by the sandbox");
        }
        args.fieldNames().forEachRemaining(name -> {
            if (name.startsWith("#")) {
                throw new MethodErrorException("invalidArguments", "Result references are not simulated");
            }
        });
        synchronized (registry) {
            return switch (fn) {
                case "get" -> get(r, allowed(args, GET_ARGS));
                case "query" -> query(r, allowed(args, QUERY_ARGS));
                default -> set.apply(r, args, createdIds, response());
            };
        }
    }

    private static ObjectNode allowed(ObjectNode args, Set<String> names) {
        args.fieldNames().forEachRemaining(name -> {
            if (!names.contains(name)) {
                throw new MethodErrorException("invalidArguments", "Unknown argument " + name);
            }
        });
        return args;
    }

    ObjectNode response() {
        return JsonNodeFactory.instance.objectNode().put("accountId", accountId);
    }

    private ObjectNode get(ObjectRules r, ObjectNode args) {
        Map<String, ObjectNode> rows = registry.rows(r.objectName);
        List<String> ids = new ArrayList<>();
        if (args.path("ids").isNull() || args.path("ids").isMissingNode()) {
            rows.keySet().stream().limit(GET_MAX).forEach(ids::add);
        } else if (args.path("ids").isArray()) {
            args.path("ids").forEach(id -> ids.add(id.asText()));
        } else {
            throw new MethodErrorException("invalidArguments", "ids must be an array or null");
        }
        JsonNode properties = args.path("properties");
        properties.forEach(p -> {
            if (!p.asText().equals("id") && !knownProperty(r.objectName, p.asText())) {
                throw new MethodErrorException("invalidArguments", "Invalid property " + p.asText());
            }
        });
        ObjectNode out = response();
        ArrayNode list = out.putArray("list");
        ArrayNode notFound = out.putArray("notFound");
        for (String id : ids) {
            ObjectNode row = rows.get(id);
            if (row == null) {
                notFound.add(id);
                continue;
            }
            ObjectNode item = row.deepCopy();
            r.present(id, item);
            guard.check(r.objectName, item);
            if (properties.isArray()) {
                Set<String> keep = new java.util.HashSet<>(Set.of("id", "@type"));
                properties.forEach(p -> keep.add(p.asText()));
                item.retain(keep);
            }
            list.add(item.put("id", id));
        }
        return out;
    }

    private boolean knownProperty(String object, String property) {
        if (!schema.isMultiVariant(object)) {
            return schema.property(schema.fieldsNameFor(object, null), property).isPresent();
        }
        return property.equals("@type") || schema.variants(object).stream()
                .anyMatch(v -> schema.property(schema.fieldsNameFor(object, v), property).isPresent());
    }

    private ObjectNode query(ObjectRules r, ObjectNode args) {
        JsonNode filter = args.path("filter");
        filter.fieldNames().forEachRemaining(name -> {
            if (!r.filterable().contains(name)) {
                throw new MethodErrorException("unsupportedFilter", "Unsupported filter property " + name);
            }
        });
        Comparator<Map.Entry<String, ObjectNode>> order = order(r, args.path("sort"));
        List<String> matches = registry.rows(r.objectName).entrySet().stream()
                .filter(e -> matches(r, e.getValue(), filter)).sorted(order).map(Map.Entry::getKey).toList();
        int position = Math.max(0, args.path("position").asInt(0));
        int limit = Math.min(QUERY_MAX, args.path("limit").asInt(QUERY_MAX));
        if (limit < 0) {
            throw new MethodErrorException("invalidArguments", "limit must not be negative");
        }
        List<String> page = matches.subList(Math.min(position, matches.size()),
                Math.min(matches.size(), position + limit));
        ObjectNode out = response().put("queryState", "n").put("canCalculateChanges", true).put("position", position);
        page.forEach(out.putArray("ids")::add);
        if (args.path("calculateTotal").asBoolean(false)) {
            out.put("total", matches.size());
        }
        if (position + page.size() < matches.size()) {
            out.put("limit", limit);
        }
        return out;
    }

    private static Comparator<Map.Entry<String, ObjectNode>> order(ObjectRules r, JsonNode sort) {
        Comparator<Map.Entry<String, ObjectNode>> byId = Comparator.comparingLong(e -> StalwartIds.decode(e.getKey()));
        if (sort.isMissingNode() || sort.isNull() || sort.isEmpty()) {
            return byId.reversed(); // Stalwart's default when no sort is given: newest first
        }
        if (sort.size() > 1) {
            throw new MethodErrorException("unsupportedSort", "Only one sort comparator is supported");
        }
        String property = sort.get(0).path("property").asText();
        if (!property.equals("id") && (!r.filterable().contains(property) || property.equals("text"))) {
            throw new MethodErrorException("unsupportedSort", "Unsupported sort property " + property);
        }
        Comparator<Map.Entry<String, ObjectNode>> c = property.equals("id") ? byId
                : Comparator.comparing(e -> e.getValue().path(property).asText(""));
        return sort.get(0).path("isAscending").asBoolean(true) ? c : c.reversed();
    }

    private static boolean matches(ObjectRules r, ObjectNode row, JsonNode filter) {
        for (var it = filter.fields(); it.hasNext(); ) {
            var condition = it.next();
            String wanted = condition.getValue().asText();
            JsonNode actual = row.path(condition.getKey());
            boolean ok;
            if (condition.getKey().equals("text")) {
                List<String> words = List.of(r.text(row).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
                ok = List.of(wanted.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream()
                        .filter(w -> w.length() >= 2).allMatch(words::contains);
            } else if (actual.isObject()) {
                ok = actual.has(wanted);
            } else if (condition.getValue().isNull()) {
                ok = actual.isNull() || actual.isMissingNode();
            } else {
                ok = actual.isValueNode() && actual.asText().equals(wanted);
            }
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
