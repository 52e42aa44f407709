package eu.dezky.platform.domain;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Turns the records a domain view asks for into zone-file lines, the way an admin would publish them: MX as is,
 * everything else as TXT split into 255-character strings.
 */
final class PublishedRecords {

    private static final int TXT_STRING_LIMIT = 255;

    private PublishedRecords() {
    }

    /** Zone lines for every record of {@code view}, each value passed through {@code edit} (type, value). */
    static String zone(JsonNode view, Edit edit) {
        StringBuilder zone = new StringBuilder();
        for (JsonNode record : view.get("records")) {
            String type = record.get("type").asText();
            String value = edit.apply(type, record.get("expected").asText());
            if (value == null) {
                continue; // the admin forgot this one
            }
            String name = record.get("name").asText() + ".";
            zone.append(type.equals("MX") ? name + " IN MX " + value : name + " IN TXT " + quoted(value)).append('\n');
        }
        return zone.toString();
    }

    static String zone(JsonNode view) {
        return zone(view, (type, value) -> value);
    }

    /** Publishes {@code type}'s record with a changed value; the others as asked. */
    static Edit replacing(String type, UnaryOperator<String> change) {
        return (t, value) -> t.equals(type) ? change.apply(value) : value;
    }

    private static String quoted(String value) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < value.length(); i += TXT_STRING_LIMIT) {
            parts.add('"' + value.substring(i, Math.min(value.length(), i + TXT_STRING_LIMIT)) + '"');
        }
        return String.join(" ", parts);
    }

    /** How a test deviates from the asked-for records: the value to publish, or null to leave it out. */
    interface Edit {
        String apply(String type, String value);
    }
}
