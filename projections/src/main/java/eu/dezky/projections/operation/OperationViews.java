package eu.dezky.projections.operation;

import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.bson.Document;
import eu.dezky.api.operation.OperationStatus;
import eu.dezky.api.operation.OperationCounts;
import eu.dezky.api.operation.CountOperationsQuery;
import eu.dezky.api.common.MessageMetadata;
import eu.dezky.api.operation.FindOperationQuery;
import eu.dezky.api.operation.FindOperationsQuery;
import eu.dezky.api.operation.OperationCursor;
import eu.dezky.api.operation.OperationList;
import eu.dezky.api.operation.OperationView;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers the operation queries: one by id (null for an unknown id or another tenant's), and a tenant's operations
 * newest first, a page at a time ({@link OperationCursor}).
 */
@Component
public class OperationViews {

    /** Processor name of the operation handlers, also the key of their tracking token in MongoDB. */
    public static final String PROCESSING_GROUP = "operation-views";
    /** Metadata the handlers read the actor from. */
    static final String SUBJECT = MessageMetadata.SUBJECT;
    static final String AUDIENCE = MessageMetadata.AUDIENCE;

    private final MongoTemplate mongo;

    public OperationViews(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    OperationView handle(FindOperationQuery query) {
        OperationDocument document = mongo.findById(query.operationId(), OperationDocument.class);
        return document == null || !document.tenant().equals(query.tenantId().slug()) ? null : document.toView();
    }

    /** Grouped in MongoDB (the embedded server groups too, by scanning): one row per kind and status. */
    @QueryHandler
    OperationCounts handle(CountOperationsQuery query) {
        List<OperationCounts.Count> counts = new ArrayList<>();
        mongo.aggregate(Aggregation.newAggregation(Aggregation.group("kind", "status").count().as("count")),
                OperationDocument.class, Document.class).forEach(row -> {
                    Document id = (Document) row.get("_id");
                    counts.add(new OperationCounts.Count(id.getString("kind"),
                            OperationStatus.valueOf(id.getString("status")), ((Number) row.get("count")).longValue()));
                });
        return new OperationCounts(counts);
    }

    @QueryHandler
    OperationList handle(FindOperationsQuery query) {
        Criteria criteria = Criteria.where("tenant").is(query.tenantId().slug());
        if (query.target() != null) {
            criteria = criteria.and("target.id").is(query.target());
        }
        if (query.status() != null) {
            criteria = criteria.and("status").is(query.status());
        }
        OperationCursor after = OperationCursor.parse(query.cursor());
        if (after != null) {
            criteria = criteria.orOperator(Criteria.where("startedAt").lt(after.startedAt()),
                    Criteria.where("startedAt").is(after.startedAt()).and("_id").lt(after.id()));
        }
        List<OperationDocument> page = mongo.find(Query.query(criteria)
                .with(Sort.by(Sort.Order.desc("startedAt"), Sort.Order.desc("_id"))).limit(query.limit() + 1),
                OperationDocument.class);
        List<OperationView> views = new ArrayList<>();
        page.stream().limit(query.limit()).forEach(document -> views.add(document.toView()));
        String next = page.size() > query.limit()
                ? new OperationCursor(views.get(views.size() - 1).startedAt(), views.get(views.size() - 1).id()).encode() : null;
        return new OperationList(views, next);
    }
}
