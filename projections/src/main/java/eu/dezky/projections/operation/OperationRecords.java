package eu.dezky.projections.operation;

import eu.dezky.api.operation.FindOperationQuery;
import eu.dezky.api.operation.OperationActor;
import eu.dezky.api.operation.OperationKind;
import eu.dezky.api.operation.OperationStatus;
import eu.dezky.api.operation.OperationStep;
import eu.dezky.api.operation.OperationTarget;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import eu.dezky.api.operation.StepState;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Writes the operations collection for the handlers of each context: an operation starts, its steps change, it ends.
 * An event without an operation id (stored before operations had ids) is skipped. Every change is emitted to
 * subscribers of {@link FindOperationQuery}.
 */
@Component
class OperationRecords {

    private static final Set<StepState> SETTLED = EnumSet.of(StepState.DONE, StepState.FAILED, StepState.SKIPPED,
            StepState.COMPENSATED, StepState.NEEDS_ATTENTION);

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter updates;

    OperationRecords(MongoTemplate mongo, QueryUpdateEmitter updates) {
        this.mongo = mongo;
        this.updates = updates;
    }

    void start(String operationId, TenantId tenant, OperationKind kind, OperationTarget target, String subject,
               String audience, List<OperationStep> steps, Instant at) {
        if (operationId == null) {
            return;
        }
        OperationActor actor = subject == null ? null : new OperationActor(subject, audience);
        save(new OperationDocument(operationId, kind.wireName(), tenant.slug(), target, actor, OperationStatus.RUNNING,
                null, steps, at, null));
    }

    /**
     * An operation that goes on under its id (an offboarding started again, a domain release continuing as its
     * removal) runs again keeping when and by whom it started; else it starts as {@link #start} would. One lookup.
     */
    void resumeOrStart(String operationId, TenantId tenant, OperationKind kind, OperationTarget target, String subject,
                       String audience, Supplier<List<OperationStep>> steps, Instant at) {
        OperationDocument existing = operationId == null ? null : mongo.findById(operationId, OperationDocument.class);
        if (existing != null) {
            save(existing.runningAgain());
        } else {
            start(operationId, tenant, kind, target, subject, audience, steps.get(), at);
        }
    }

    void step(String operationId, OperationStep step) {
        change(operationId, operation -> operation.withStep(step));
    }

    void end(String operationId, OperationStatus outcome, String reason, Instant at) {
        change(operationId, operation -> operation.ended(outcome, reason, at));
    }

    /** Ends with a last step recorded in the same write. */
    void end(String operationId, OperationStep step, OperationStatus outcome, String reason, Instant at) {
        change(operationId, operation -> operation.withStep(step).ended(outcome, reason, at));
    }

    /**
     * Replaces step number {@code index} in place, as one atomic write: for an operation whose steps are reported by
     * many aggregates at once (an import's rows), where reading, changing and saving the document could lose a step.
     */
    void stepAt(String operationId, int index, OperationStep step) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(operationId)),
                new Update().set("steps." + index, step), OperationDocument.class);
        emit(mongo.findById(operationId, OperationDocument.class));
    }

    /**
     * Ends a running operation DONE once none of its steps is pending any more, saying how many failed. Called after each
     * step write, so the last of several concurrent ones sees every step settled.
     */
    void endWhenSettled(String operationId, Instant at) {
        OperationDocument operation = mongo.findById(operationId, OperationDocument.class);
        if (operation == null || operation.status() != OperationStatus.RUNNING
                || operation.steps().stream().anyMatch(step -> !SETTLED.contains(step.state()))) {
            return;
        }
        long failed = operation.steps().stream().filter(step -> step.state() != StepState.DONE).count();
        String reason = failed == 0 ? null : failed + " of " + operation.steps().size() + " not done";
        save(operation.ended(OperationStatus.DONE, reason, at));
    }

    void dropAll() {
        mongo.dropCollection(OperationDocument.class);
    }

    private void change(String operationId, UnaryOperator<OperationDocument> change) {
        if (operationId == null) {
            return;
        }
        OperationDocument operation = mongo.findById(operationId, OperationDocument.class);
        if (operation != null) {
            save(change.apply(operation));
        }
    }

    private void save(OperationDocument operation) {
        emit(mongo.save(operation));
    }

    private void emit(OperationDocument saved) {
        if (saved == null) {
            return;
        }
        updates.emit(FindOperationQuery.class, query -> query.operationId().equals(saved.id())
                && query.tenantId().slug().equals(saved.tenant()), saved.toView());
    }
}
