package eu.dezky.projections.readmodel.page;

import eu.dezky.api.common.InvalidValueException;
import org.springframework.data.mongodb.core.query.Criteria;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;

/**
 * Where a page ended: the sort it was read in and the last entry's sort value and id, so the next page starts right
 * after it however many entries came or went meanwhile. Opaque to callers (URL-safe base64); a cursor of another
 * sort, or none of ours, is a 400 naming {@code cursor}.
 */
record PageCursor(String sort, boolean descending, Object value, String id) {

    private static final String SEPARATOR = "\n";

    String encode() {
        String typed = value instanceof Date date ? "d" + date.getTime() : value == null ? "n" : "s" + value;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(String.join(SEPARATOR, sort,
                descending ? "-" : "+", typed, id).getBytes(StandardCharsets.UTF_8));
    }

    /** Null for no cursor. */
    static PageCursor parse(String raw, String sort, boolean descending) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(raw), StandardCharsets.UTF_8).split(SEPARATOR, 4);
        } catch (IllegalArgumentException e) {
            parts = new String[0];
        }
        if (parts.length != 4 || !parts[0].equals(sort) || !parts[1].equals(descending ? "-" : "+")
                || parts[2].isEmpty()) {
            throw new InvalidValueException("cursor", "cursor is not one this list handed out for this sort");
        }
        try {
            Object value = switch (parts[2].charAt(0)) {
                case 'd' -> new Date(Long.parseLong(parts[2].substring(1)));
                case 's' -> parts[2].substring(1);
                case 'n' -> null;
                default -> throw new NumberFormatException();
            };
            return new PageCursor(sort, descending, value, parts[3]);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("cursor", "cursor is not one this list handed out for this sort");
        }
    }

    /** The entries after this one in its order (ties broken by id; nulls sort first, as in MongoDB). */
    Criteria after(String field) {
        if (value == null) {
            return descending
                    ? new Criteria().andOperator(Criteria.where(field).is(null), Criteria.where("_id").lt(id))
                    : new Criteria().orOperator(Criteria.where(field).ne(null),
                            new Criteria().andOperator(Criteria.where(field).is(null), Criteria.where("_id").gt(id)));
        }
        Criteria beyond = descending ? Criteria.where(field).lt(value) : Criteria.where(field).gt(value);
        Criteria tie = new Criteria().andOperator(Criteria.where(field).is(value),
                descending ? Criteria.where("_id").lt(id) : Criteria.where("_id").gt(id));
        return new Criteria().orOperator(beyond, tie);
    }
}
