package eu.dezky.adapters.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * returned object must be a field of that object (of its {@code @type} variant where it has one).
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
            args.path("create").forEach(value -> value.fieldNames().forEachRemaining(p ->
                    requireProperty(object, value.path("@type").asText(null), p, method + " create", problems)));
            args.path("update").forEach(patch -> patch.fieldNames().forEachRemaining(path ->
                    requireProperty(object, null, path.split("/")[0], method + " update", problems)));
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
                call.path(1).path("list").forEach(item -> item.fieldNames().forEachRemaining(p -> {
                    if (!p.equals("id")) {
                        requireProperty(object, item.path("@type").asText(null), p, method + " list", problems);
                    }
                }));
            }
        }
        return problems;
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

    private static void requireProperty(String object, String variant, String property, String where,
                                        List<String> problems) {
        if (property.equals("@type") && SCHEMA.path("schemas").path(object).path("type").asText().equals("multiple")) {
            return;
        }
        if (!fieldsOf(object, variant).contains(property)) {
            problems.add(where + ": property " + property + " is not a field of " + object
                    + (variant == null ? "" : "/" + variant));
        }
    }

    /** The fields of one variant, or of all variants when it is not known. */
    private static Set<String> fieldsOf(String object, String variant) {
        JsonNode entry = SCHEMA.path("schemas").path(object);
        List<String> schemaNames = new ArrayList<>();
        if (entry.path("type").asText().equals("single")) {
            schemaNames.add(entry.path("schemaName").asText());
        } else {
            entry.path("variants").forEach(v -> {
                if (variant == null || v.path("name").asText().equals(variant)) {
                    schemaNames.add(v.path("schemaName").asText());
                }
            });
        }
        Set<String> fields = new LinkedHashSet<>();
        schemaNames.forEach(n -> SCHEMA.path("fields").path(n).path("properties").fieldNames()
                .forEachRemaining(fields::add));
        return fields;
    }
}
