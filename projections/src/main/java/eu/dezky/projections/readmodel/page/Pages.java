package eu.dezky.projections.readmodel.page;

import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.PageRequest;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads one page of a list: the matches of {@code scope} (the tenant) narrowed by status and text, counted, sorted by
 * the requested field then id, from the cursor on, one more than the limit to know whether a next page exists.
 * On MongoDB the lists' compound indexes (tenant, sort field, id) serve it; the embedded Mongo-protocol server scans
 * the collection instead (bench/lists measures what that costs).
 */
public final class Pages {

    private Pages() {
    }

    /** A page of documents, how many match in all, and the cursor of the next page (null after the last). */
    public record Window<D>(List<D> items, long total, String nextCursor) {
    }

    public static <D> Window<D> find(MongoTemplate mongo, Class<D> type, Criteria scope, PageRequest request,
                                     ListShape shape) {
        String sort = request.sort() == null ? shape.defaultSort() : request.sort();
        String field = shape.sortable().get(sort);
        if (field == null) {
            throw new InvalidValueException("sort", "sort must be one of " + String.join(", ",
                    shape.sortable().keySet().stream().sorted().toList()) + " (with a leading - for descending)");
        }
        Criteria matching = matching(scope, request, shape);
        PageCursor after = PageCursor.parse(request.cursor(), sort, request.descending());
        long total = mongo.count(Query.query(matching), type);
        Criteria window = after == null ? matching : new Criteria().andOperator(matching, after.after(field));
        Sort.Direction direction = request.descending() ? Sort.Direction.DESC : Sort.Direction.ASC;
        Query query = Query.query(window).with(Sort.by(new Sort.Order(direction, field), new Sort.Order(direction, "_id")))
                .limit(request.limit() + 1);
        List<Document> raw = mongo.find(query, Document.class, mongo.getCollectionName(type));
        List<D> items = raw.stream().limit(request.limit()).map(document -> mongo.getConverter().read(type, document))
                .toList();
        String next = null;
        if (raw.size() > request.limit()) {
            Document last = raw.get(request.limit() - 1);
            next = new PageCursor(sort, request.descending(), last.get(field), String.valueOf(last.get("_id"))).encode();
        }
        return new Window<>(items, total, next);
    }

    private static Criteria matching(Criteria scope, PageRequest request, ListShape shape) {
        List<Criteria> all = new ArrayList<>(List.of(scope));
        if (request.status() != null) {
            all.add(Criteria.where("status").is(request.status()));
        }
        if (request.text() != null && !request.text().isBlank()) {
            String quoted = Pattern.quote(request.text().strip());
            all.add(new Criteria().orOperator(shape.textFields().stream()
                    .map(field -> Criteria.where(field).regex(quoted, "i")).toArray(Criteria[]::new)));
        }
        return all.size() == 1 ? scope : new Criteria().andOperator(all.toArray(Criteria[]::new));
    }
}
