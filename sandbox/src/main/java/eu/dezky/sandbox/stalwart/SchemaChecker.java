package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Iterator;
import java.util.Map;

/**
 * Checks values written by a client against the {@link StalwartVocabulary}, the way Stalwart's registry
 * deserialiser does: unknown property → {@code invalidPatch "Invalid property"}, server-set property
 * → {@code invalidPatch "Cannot modify server set property"}, missing or unknown {@code @type} on a
 * multi-variant object → {@code invalidPatch}, wrong JSON kind or enum value → {@code invalidPatch}.
 */
final class SchemaChecker {

    static final String INVALID_PROPERTY = "Invalid property";
    static final String SERVER_SET = "Cannot modify server set property";
    static final String MISSING_TYPE = "Missing or invalid '@type' property in object";

    private final StalwartVocabulary schema;

    SchemaChecker(StalwartVocabulary schema) {
        this.schema = schema;
    }

    /** The fields name for an object value, failing with {@code invalidPatch} on a bad {@code @type}. */
    String fieldsOf(String typeName, JsonNode value, String path) {
        String fields = schema.fieldsNameFor(typeName, value.path("@type").asText(null));
        if (fields == null || (schema.isMultiVariant(typeName) && !value.hasNonNull("@type"))) {
            throw new SetErrorException(SetError.invalidPatch(MISSING_TYPE, path.isEmpty() ? "@type" : path));
        }
        return fields;
    }

    /** Checks a whole object value; {@code serverSetAllowed} is true only for the simulator's own data. */
    void checkObject(String typeName, JsonNode value, String path, boolean serverSetAllowed) {
        if (!value.isObject()) {
            throw invalid(path);
        }
        String fields = fieldsOf(typeName, value, path);
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("@type")) {
                checkProperty(fields, e.getKey(), e.getValue(), join(path, e.getKey()), serverSetAllowed);
            }
        }
    }

    /** Looks a property up, rejecting unknown and (unless allowed) server-set ones. */
    JsonNode propertySpec(String fields, String property, String path, boolean serverSetAllowed) {
        JsonNode spec = schema.property(fields, property)
                .orElseThrow(() -> new SetErrorException(SetError.invalidPatch(INVALID_PROPERTY, path)));
        if (!serverSetAllowed && "serverSet".equals(spec.path("update").asText())) {
            throw new SetErrorException(SetError.invalidPatch(SERVER_SET, path));
        }
        return spec;
    }

    void checkProperty(String fields, String property, JsonNode value, String path, boolean serverSetAllowed) {
        checkValue(propertySpec(fields, property, path, serverSetAllowed).path("type"), value, path, serverSetAllowed);
    }

    /** Checks one value against a schema type descriptor ({@code {"type":"set","class":…}} etc.). */
    void checkValue(JsonNode type, JsonNode value, String path, boolean serverSetAllowed) {
        if ("any".equals(type.path("type").asText())) {
            return; // the simulator's own vocabulary checks no value types
        }
        if (value == null || value.isNull()) {
            if (!type.path("nullable").asBoolean(false)) {
                throw invalid(path);
            }
            return;
        }
        switch (type.path("type").asText()) {
            case "string", "objectId", "utcDateTime", "blobId" -> require(value.isTextual(), path);
            case "boolean" -> require(value.isBoolean(), path);
            case "number" -> require(value.isNumber(), path);
            case "enum" -> require(value.isTextual()
                    && schema.isEnumValue(type.path("enumName").asText(), value.asText()), path);
            case "set" -> {
                require(value.isObject(), path);
                value.fields().forEachRemaining(e -> {
                    require(e.getValue().isBoolean(), join(path, e.getKey()));
                    checkElement(type.path("class"), e.getKey(), join(path, e.getKey()));
                });
            }
            case "map" -> {
                require(value.isObject(), path);
                value.fields().forEachRemaining(e -> {
                    checkElement(type.path("keyClass"), e.getKey(), join(path, e.getKey()));
                    checkValue(type.path("valueClass"), e.getValue(), join(path, e.getKey()), serverSetAllowed);
                });
            }
            case "object" -> checkObject(type.path("objectName").asText(), value, path, serverSetAllowed);
            case "objectList" -> {
                require(value.isObject(), path);
                value.fields().forEachRemaining(e -> {
                    require(e.getKey().matches("\\d+"), join(path, e.getKey()));
                    checkObject(type.path("objectName").asText(), e.getValue(), join(path, e.getKey()),
                            serverSetAllowed);
                });
            }
            default -> throw invalid(path);
        }
    }

    /** Checks a set element or map key, which travel as JSON object keys. */
    void checkElement(JsonNode elementType, String key, String path) {
        if ("enum".equals(elementType.path("type").asText())) {
            require(schema.isEnumValue(elementType.path("enumName").asText(), key), path);
        }
    }

    /** A type descriptor for one element of an object list. */
    static JsonNode itemType(JsonNode listType) {
        ObjectNode item = JsonNodeFactory.instance.objectNode().put("type", "object");
        return item.put("objectName", listType.path("objectName").asText());
    }

    static String join(String path, String segment) {
        String escaped = segment.replace("~", "~0").replace("/", "~1");
        return path.isEmpty() ? escaped : path + "/" + escaped;
    }

    private static void require(boolean ok, String path) {
        if (!ok) {
            throw invalid(path);
        }
    }

    private static SetErrorException invalid(String path) {
        return new SetErrorException(SetError.invalidPatch("Invalid value", path));
    }
}
