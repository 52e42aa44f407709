package eu.dezky.api.common;

/**
 * One page of a tenant's list, as every list route asks for it: {@code text} (case-insensitive, in the list's text
 * fields) and {@code status} (a status name) narrow it, {@code sort} names the field to order by ({@code null}: the
 * list's default) ascending unless {@code descending}, and {@code cursor} (from the previous page's
 * {@code nextCursor}) continues after that page; {@code limit} entries at most.
 */
public record PageRequest(String text, String status, String sort, boolean descending, String cursor, int limit) {

    /** Longest page. */
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        InvalidValueException.require(limit >= 1 && limit <= MAX_LIMIT, "limit",
                "limit must be a whole number from 1 to " + MAX_LIMIT);
    }

    /** Everything at once, in the default order: for flows that need the whole list, not for routes. */
    public static PageRequest first(int limit) {
        return new PageRequest(null, null, null, false, null, limit);
    }
}
