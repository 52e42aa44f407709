package eu.dezky.sandbox.stalwart;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Applies one JMAP update entry ({@code "credentials/0/secret": "…"}, {@code "recipients/x@y": null},
 * {@code "aliases/1": {...}}) to a copy of a stored object, walking the schema along the path so that
 * unknown and server-set properties are refused at any depth.
 */
final class PatchApplier {

    private final SchemaChecker checker;

    PatchApplier(SchemaChecker checker) {
        this.checker = checker;
    }

    void apply(String objectName, ObjectNode candidate, String path, JsonNode value) {
        List<String> segments = split(path);
        if (segments.get(0).equals("@type") && segments.size() == 1) {
            if (!value.isTextual() || !value.asText().equals(candidate.path("@type").asText())) {
                // Stalwart refuses to turn a user into a group (or back) in place.
                throw new SetErrorException(SetError.invalidProperties("Cannot change object type", "@type"));
            }
            return;
        }
        String fields = checker.fieldsOf(objectName, candidate, "");
        JsonNode spec = checker.propertySpec(fields, segments.get(0), segments.get(0), false);
        JsonNode type = spec.path("type");
        if (segments.size() == 1) {
            checker.checkValue(type, value, path, false);
            candidate.set(segments.get(0), value);
            return;
        }
        JsonNode node = candidate.path(segments.get(0));
        for (int i = 1; i < segments.size(); i++) {
            String segment = segments.get(i);
            boolean last = i == segments.size() - 1;
            if (!node.isObject()) {
                throw new SetErrorException(SetError.invalidPatch("Invalid patch path", path));
            }
            ObjectNode container = (ObjectNode) node;
            switch (type.path("type").asText()) {
                case "set" -> {
                    requireLast(last, path);
                    checker.checkElement(type.path("class"), segment, path);
                    if (value.isNull() || (value.isBoolean() && !value.asBoolean())) {
                        container.remove(segment);
                    } else if (value.isBoolean()) {
                        container.put(segment, true);
                    } else {
                        throw new SetErrorException(SetError.invalidPatch("Invalid value", path));
                    }
                    return;
                }
                case "map" -> {
                    requireLast(last, path);
                    checker.checkElement(type.path("keyClass"), segment, path);
                    putOrRemove(container, segment, value, type.path("valueClass"), path);
                    return;
                }
                case "objectList" -> {
                    JsonNode itemType = SchemaChecker.itemType(type);
                    if (last) {
                        if (!segment.matches("\\d+")) {
                            throw new SetErrorException(SetError.invalidPatch("Invalid patch path", path));
                        }
                        putOrRemove(container, segment, value, itemType, path);
                        return;
                    }
                    node = container.path(segment);
                    type = itemType;
                }
                case "object" -> {
                    String inner = checker.fieldsOf(type.path("objectName").asText(), container, path);
                    JsonNode innerSpec = checker.propertySpec(inner, segment, path, false);
                    if (last) {
                        checker.checkValue(innerSpec.path("type"), value, path, false);
                        container.set(segment, value);
                        return;
                    }
                    node = container.path(segment);
                    type = innerSpec.path("type");
                }
                default -> throw new SetErrorException(SetError.invalidPatch("Invalid patch path", path));
            }
        }
    }

    private void putOrRemove(ObjectNode container, String key, JsonNode value, JsonNode type, String path) {
        if (value.isNull()) {
            container.remove(key);
        } else {
            checker.checkValue(type, value, path, false);
            container.set(key, value);
        }
    }

    private static void requireLast(boolean last, String path) {
        if (!last) {
            throw new SetErrorException(SetError.invalidPatch("Invalid patch path", path));
        }
    }

    static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        for (String raw : path.split("/", -1)) {
            out.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }
}
