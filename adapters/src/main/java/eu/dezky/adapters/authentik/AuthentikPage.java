package eu.dezky.adapters.authentik;

import java.util.List;

/**
 * Authentik's list envelope (A2). {@code next} is a page number and 0 on the last page, never null;
 * {@code autocomplete} and any future keys are ignored.
 */
record AuthentikPage<T>(Pagination pagination, List<T> results) {

    /** Page numbers and totals. */
    record Pagination(int next, int current, int count) {
    }
}
