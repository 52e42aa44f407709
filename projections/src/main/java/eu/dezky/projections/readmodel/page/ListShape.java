package eu.dezky.projections.readmodel.page;

import java.util.List;
import java.util.Map;

/**
 * How one list may be paged: the sort names a caller may give (mapped to document fields; every one is set on every
 * document), the default one, and the fields a text query searches.
 */
public record ListShape(Map<String, String> sortable, String defaultSort, List<String> textFields) {
}
