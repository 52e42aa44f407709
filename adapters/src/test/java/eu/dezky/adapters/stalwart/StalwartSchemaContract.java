package eu.dezky.adapters.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import eu.dezky.sandbox.stalwart.StalwartSchema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Contract check of JMAP traffic against Stalwart's own schema file, written independently of the
 * simulator's checker: method names must be {@code x:<Object>/get|set|query} of a schema object, and
 * every property named in a create, an update path, a get's {@code properties}, a query filter or a
 * returned object must be a field of that object (of its {@code @type} variant where it has one),
 * down through embedded objects and object lists such as {@code credentials} and {@code aliases}.
 */
final class StalwartSchemaContract {

    private static final JsonNode SCHEMA = load();

    private StalwartSchemaContract() {
    }

    private static JsonNode load() {
        Path file = StalwartSchema.locate(Path.of("").toAbsolutePath());
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Problems in one request envelope; empty when it conforms. */
    static List<String> checkRequest(JsonNode request) {
        List<String> problems = new ArrayList<>();
        for (JsonNode call : request.path("methodCalls")) {
            String method = call.path(0).asText();
            String object = objectOf(method, problems);
            if (object == null) {
                continue;
            }
            JsonNode args = call.path(1);
            args.path("properties").forEach(p -> requireProperty(object, null, p.asText(), method, problems));
            args.path("filter").fieldNames().forEachRemaining(f -> {
                if (!f.equals("text")) {
                    requireProperty(object, null, f, method + " filter", problems);
                }
            });
            args.path("create").forEach(value -> checkStruct(object, value, method + " create", problems));
            args.path("update").forEach(patch -> patch.fields().forEachRemaining(e ->
                    checkPath(object, e.getKey(), e.getValue(), method + " update", problems)));
        }
        return problems;
    }

    /** Problems in a response: unknown method names or returned properties outside the schema. */
    static List<String> checkResponse(JsonNode response) {
        List<String> problems = new ArrayList<>();
        for (JsonNode call : response.path("methodResponses")) {
            String method = call.path(0).asText();
            if (method.equals("error")) {
                continue;
            }
            String object = objectOf(method, problems);
            if (object != null) {
                call.path(1).path("list").forEach(item -> {
                    ObjectNode withoutId = item.deepCopy();
                    withoutId.remove("id");
                    checkStruct(object, withoutId, method + " list", problems);
                });
            }
        }
        return problems;
    }

    /** Checks every property name of a struct value, descending into embedded objects and lists. */
    private static void checkStruct(String typeName, JsonNode value, String where, List<String> problems) {
        String variant = value.path("@type").asText(null);
        value.fields().forEachRemaining(e -> {
            if (requireProperty(typeName, variant, e.getKey(), where, problems)) {
                descend(typeOf(typeName, variant, e.getKey()), e.getValue(), where + "/" + e.getKey(), problems);
            }
        });
    }

    private static void descend(JsonNode type, JsonNode value, String where, List<String> problems) {
        switch (type.path("type").asText()) {
            case "object" -> {
                if (value.isObject()) {
                    checkStruct(type.path("objectName").asText(), value, where, problems);
                }
            }
            case "objectList" -> value.fields().forEachRemaining(e ->
                    checkStruct(type.path("objectName").asText(), e.getValue(), where + "/" + e.getKey(), problems));
            default -> {
                // scalars, sets and maps carry values, not property names
            }
        }
    }

    /** Walks an update path ({@code credentials/0/secret}) through the schema, then checks its value. */
    private static void checkPath(String object, String path, JsonNode value, String where, List<String> problems) {
        String[] segments = path.split("/");
        String struct = object;
        JsonNode current = null;
        for (int i = 0; i < segments.length; i++) {
            if (struct != null) {
                if (!requireProperty(struct, null, segments[i], where + " " + path, problems)) {
                    return;
                }
                current = typeOf(struct, null, segments[i]);
                struct = null;
            } else if (current.path("type").asText().equals("objectList")) {
                struct = current.path("objectName").asText();
                current = null;
            } else if (current.path("type").asText().equals("object")) {
                struct = current.path("objectName").asText();
                i--;
            } else {
                return; // a set element or map key
            }
        }
        if (current != null) {
            descend(current, value, where + " " + path, problems);
        } else if (struct != null && value.isObject()) {
            checkStruct(struct, value, where + " " + path, problems);
        }
    }

    /** The type descriptor of a property, searching the variant's (or every variant's) fields. */
    private static JsonNode typeOf(String typeName, String variant, String property) {
        for (String schemaName : schemaNames(typeName, variant)) {
            JsonNode spec = SCHEMA.path("fields").path(schemaName).path("properties").path(property);
            if (!spec.isMissingNode()) {
                return spec.path("type");
            }
        }
        return MissingNode.getInstance();
    }

    private static String objectOf(String method, List<String> problems) {
        String[] parts = method.split("/");
        boolean known = parts.length == 2 && parts[0].startsWith("x:")
                && "object".equals(SCHEMA.path("objects").path(parts[0]).path("type").asText())
                && Set.of("get", "set", "query").contains(parts[1]);
        if (!known) {
            problems.add("unknown method " + method);
            return null;
        }
        return parts[0];
    }

    /** Records a problem unless {@code property} is a field of the type; returns whether it is. */
    private static boolean requireProperty(String typeName, String variant, String property, String where,
                                           List<String> problems) {
        if (property.equals("@type") && SCHEMA.path("schemas").path(typeName).path("type").asText().equals("multiple")) {
            return false; // the discriminator, not a field; nothing to descend into
        }
        Set<String> fields = new LinkedHashSet<>();
        schemaNames(typeName, variant).forEach(n -> SCHEMA.path("fields").path(n).path("properties").fieldNames()
                .forEachRemaining(fields::add));
        if (!fields.contains(property)) {
            problems.add(where + ": property " + property + " is not a field of " + typeName
                    + (variant == null ? "" : "/" + variant));
            return false;
        }
        return true;
    }

    /** The fields entries of one variant, or of every variant when it is not known. */
    private static List<String> schemaNames(String typeName, String variant) {
        JsonNode entry = SCHEMA.path("schemas").path(typeName);
        List<String> names = new ArrayList<>();
        if (entry.path("type").asText().equals("single")) {
            names.add(entry.path("schemaName").asText());
        } else {
            entry.path("variants").forEach(v -> {
                if ((variant == null || v.path("name").asText().equals(variant)) && v.has("schemaName")) {
                    names.add(v.path("schemaName").asText());
                }
            });
        }
        return names;
    }
}
