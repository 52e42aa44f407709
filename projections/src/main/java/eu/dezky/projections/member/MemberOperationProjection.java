package eu.dezky.projections.member;

import eu.dezky.api.member.AccountState;
import eu.dezky.api.member.FindMemberOperationQuery;
import eu.dezky.api.member.FindMemberQuery;
import eu.dezky.api.member.MemberOperationCompletedEvent;
import eu.dezky.api.member.MemberOperationFailedEvent;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.MemberOperationStartedEvent;
import eu.dezky.api.member.MemberOperationStepRecordedEvent;
import eu.dezky.api.member.MemberOperationView;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.operation.OperationStatus;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.member.StepStatus;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Keeps the {@code member_operations} collection (suspend, resume, force logout, reset password) and mirrors each
 * change into the member's document: the latest operation, the account state a done or undone step left, and the
 * status after a completed suspend or resume. It shares the {@link MemberProjection}'s processing group, so a member's
 * events stay in order across both. The member document is saved before the operation's update is emitted, so a
 * caller that saw the operation end reads the member as it ended.
 */
@Component
@ProcessingGroup(MemberProjection.PROCESSING_GROUP)
public class MemberOperationProjection {

    private final MongoTemplate mongo;
    private final QueryUpdateEmitter updates;

    public MemberOperationProjection(MongoTemplate mongo, QueryUpdateEmitter updates) {
        this.mongo = mongo;
        this.updates = updates;
    }

    @EventHandler
    void on(MemberOperationStartedEvent event, @Timestamp Instant occurredAt) {
        MemberOperationDocument operation = new MemberOperationDocument(event.operationId(), event.kind().wireName(),
                event.tenantId().slug(), event.memberId().value(), OperationStatus.RUNNING, null,
                List.of(StepStatus.pending(MemberSystem.SSO), StepStatus.pending(MemberSystem.MAILBOX),
                        StepStatus.pending(MemberSystem.FILES)), occurredAt);
        save(operation, null, null, null);
    }

    @EventHandler
    void on(MemberOperationStepRecordedEvent event) {
        change(event.operationId(), op -> op.withStep(event.step()), event.step().system(),
                accountState(event.kind(), event.step().state()), null);
    }

    @EventHandler
    void on(MemberOperationCompletedEvent event) {
        MemberStatus status = switch (event.kind()) {
            case SUSPEND -> MemberStatus.SUSPENDED;
            case RESUME -> MemberStatus.ACTIVE;
            case LOGOUT, RESET_PASSWORD -> null;
        };
        change(event.operationId(), op -> op.withOutcome(OperationStatus.DONE, null), null, null, status);
    }

    @EventHandler
    void on(MemberOperationFailedEvent event) {
        change(event.operationId(), op -> op.withOutcome(OperationStatus.FAILED, event.reason()), null, null, null);
    }

    /** Answers null for an unknown operation or another tenant's. */
    @QueryHandler
    MemberOperationView handle(FindMemberOperationQuery query) {
        MemberOperationDocument document = mongo.findById(query.operationId(), MemberOperationDocument.class);
        return document == null || !document.tenant().equals(query.tenantId().slug()) ? null : document.toView();
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(MemberOperationDocument.class);
    }

    /** What a done or undone step left in its system; null where the account did not change. */
    private static AccountState accountState(MemberOperationKind kind, StepState state) {
        boolean suspend = kind == MemberOperationKind.SUSPEND;
        if (!suspend && kind != MemberOperationKind.RESUME) {
            return null;
        }
        return switch (state) {
            case DONE -> suspend ? AccountState.SUSPENDED : AccountState.ACTIVE;
            case COMPENSATED -> suspend ? AccountState.ACTIVE : AccountState.SUSPENDED;
            default -> null;
        };
    }

    private void change(String operationId, UnaryOperator<MemberOperationDocument> change, MemberSystem system,
                        AccountState state, MemberStatus status) {
        MemberOperationDocument operation = mongo.findById(operationId, MemberOperationDocument.class);
        if (operation != null) {
            save(change.apply(operation), system, state, status);
        }
    }

    private void save(MemberOperationDocument operation, MemberSystem system, AccountState state,
                      MemberStatus status) {
        mongo.save(operation);
        MemberOperationView view = operation.toView();
        MemberDocument member = mongo.findById(operation.member(), MemberDocument.class);
        if (member != null) {
            MemberDocument changed = mongo.save(member.withOperation(view, system, state,
                    status == null ? member.status() : status));
            updates.emit(FindMemberQuery.class, query -> query.memberId().value().equals(changed.id())
                    && query.tenantId().slug().equals(changed.tenant()), changed.toView());
        }
        updates.emit(FindMemberOperationQuery.class, query -> query.operationId().equals(view.id())
                && query.tenantId().slug().equals(view.tenant()), view);
    }
}
