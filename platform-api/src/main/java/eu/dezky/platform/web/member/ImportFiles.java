package eu.dezky.platform.web.member;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.platform.application.member.MemberImport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an import file into rows: a CSV with the header row {@code displayName,username,role} or a JSON array of
 * objects with those fields. A file that cannot be read that way is refused with the row (1 = the first data row) and
 * the field at fault; more than {@link MemberImport#MAX_ROWS} rows are refused whole.
 */
final class ImportFiles {

    static final Set<String> FIELDS = Set.of("displayName", "username", "role");
    private static final CsvMapper CSV = new CsvMapper();
    private static final ObjectMapper JSON = new ObjectMapper();

    private ImportFiles() {
    }

    static List<MemberImport.Row> csv(String body) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withStrictHeaders(false);
        List<MemberImport.Row> rows = new ArrayList<>();
        String text = body == null ? "" : body;
        try (MappingIterator<Map<String, String>> it = CSV.readerFor(Map.class).with(schema).readValues(text)) {
            if (it.getParser().getSchema() instanceof CsvSchema header) {
                checkHeader(header);
            }
            while (it.hasNextValue()) {
                Map<String, String> values = it.nextValue();
                rows.add(new MemberImport.Row(rows.size() + 1, values.get("displayName"), values.get("username"),
                        values.get("role")));
                capped(rows);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidValueException invalid) {
                throw invalid;
            }
            throw new InvalidValueException("rows[" + (rows.size() + 1) + "]", "row " + (rows.size() + 1)
                    + ": not a CSV row of displayName,username,role (" + firstLine(e.getMessage()) + ")");
        }
        if (rows.isEmpty()) {
            checkHeader(null);
        }
        return rows;
    }

    static List<MemberImport.Row> json(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new InvalidValueException("rows", "not a JSON array of rows (" + firstLine(e.getOriginalMessage())
                    + ")");
        }
        InvalidValueException.require(root != null && root.isArray(), "rows",
                "a JSON array of {displayName, username, role} objects is expected");
        List<MemberImport.Row> rows = new ArrayList<>();
        for (JsonNode node : root) {
            int row = rows.size() + 1;
            InvalidValueException.require(node.isObject(), "rows[" + row + "]", "row " + row + " is not an object");
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                InvalidValueException.require(FIELDS.contains(name), "rows[" + row + "]." + name,
                        "row " + row + ": unknown field " + InvalidValueException.quote(name));
                InvalidValueException.require(node.get(name).isTextual() || node.get(name).isNull(),
                        "rows[" + row + "]." + name, "row " + row + ": " + name + " must be a string");
            }
            rows.add(new MemberImport.Row(row, text(node, "displayName"), text(node, "username"), text(node, "role")));
            capped(rows);
        }
        return rows;
    }

    private static void checkHeader(CsvSchema header) {
        List<String> columns = new ArrayList<>();
        if (header != null) {
            header.forEach(column -> columns.add(column.getName()));
        }
        for (String column : columns) {
            InvalidValueException.require(FIELDS.contains(column), "header." + column, "unknown column "
                    + InvalidValueException.quote(column) + ": the header row is displayName,username,role");
        }
        InvalidValueException.require(columns.containsAll(FIELDS), "header",
                "the first line must be the header row displayName,username,role");
    }

    private static void capped(List<MemberImport.Row> rows) {
        InvalidValueException.require(rows.size() <= MemberImport.MAX_ROWS, "rows",
                "at most " + MemberImport.MAX_ROWS + " rows per file");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String firstLine(String message) {
        String text = message == null ? "unreadable" : message;
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
