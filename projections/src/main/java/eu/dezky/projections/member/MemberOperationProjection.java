package eu.dezky.projections.member;

import eu.dezky.api.member.AccountState;
import eu.dezky.api.member.FindMemberQuery;
import eu.dezky.api.member.MemberDetailsChangedEvent;
import eu.dezky.api.member.MemberOperationCompletedEvent;
import eu.dezky.api.member.MemberOperationFailedEvent;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.MemberOperationStartedEvent;
import eu.dezky.api.member.MemberOperationStepRecordedEvent;
import eu.dezky.api.member.MemberOperationView;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.StepStatus;
import eu.dezky.api.operation.OperationStatus;
import eu.dezky.api.operation.StepState;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * Mirrors each lifecycle operation (suspend, resume, force logout, reset password, update) into its member's document: the
 * latest operation with its steps, the account state a done or undone step left, and the status after a completed
 * suspend or resume. It shares the {@link MemberProjection}'s processing group, so a member's events stay in order
 * across both, and a caller waiting for the member sees the operation end and the status change in one update. The
 * operation itself, with its history, is in the operations read model.
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
        MemberOperationView operation = new MemberOperationView(event.operationId(), event.kind().wireName(),
                event.tenantId().slug(), event.memberId().value(), OperationStatus.RUNNING, null,
                Arrays.stream(MemberSystem.values()).map(StepStatus::pending).toList(), occurredAt);
        change(event.memberId().value(), event.operationId(), op -> operation, null, null, null, true);
    }

    /** A PATCH: the new name and role show at once (the engine holds them); the operation propagates the name. */
    @EventHandler
    void on(MemberDetailsChangedEvent event, @Timestamp Instant occurredAt) {
        MemberDocument member = mongo.findById(event.memberId().value(), MemberDocument.class);
        if (member != null) {
            mongo.save(member.withDetails(event.displayName(), event.role()));
        }
        MemberOperationView operation = new MemberOperationView(event.operationId(),
                MemberOperationKind.UPDATE.wireName(), event.tenantId().slug(), event.memberId().value(),
                OperationStatus.RUNNING, null, Arrays.stream(MemberSystem.values()).map(StepStatus::pending).toList(),
                occurredAt);
        change(event.memberId().value(), event.operationId(), op -> operation, null, null, null, true);
    }

    @EventHandler
    void on(MemberOperationStepRecordedEvent event) {
        change(event.memberId().value(), event.operationId(), op -> withStep(op, event.step()), event.step().system(),
                accountState(event.kind(), event.step().state()), null, false);
    }

    @EventHandler
    void on(MemberOperationCompletedEvent event) {
        MemberStatus status = switch (event.kind()) {
            case SUSPEND -> MemberStatus.SUSPENDED;
            case RESUME -> MemberStatus.ACTIVE;
            case LOGOUT, RESET_PASSWORD, UPDATE -> null;
        };
        change(event.memberId().value(), event.operationId(), op -> ended(op, OperationStatus.DONE, null), null, null,
                status, false);
    }

    @EventHandler
    void on(MemberOperationFailedEvent event) {
        change(event.memberId().value(), event.operationId(),
                op -> ended(op, OperationStatus.FAILED, event.reason()), null, null, null, false);
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

    private static MemberOperationView withStep(MemberOperationView op, StepStatus step) {
        return new MemberOperationView(op.id(), op.kind(), op.tenant(), op.member(), op.status(), op.reason(),
                op.steps().stream().map(s -> s.system() == step.system() ? step : s).toList(), op.startedAt());
    }

    private static MemberOperationView ended(MemberOperationView op, OperationStatus status, String reason) {
        return new MemberOperationView(op.id(), op.kind(), op.tenant(), op.member(), status, reason, op.steps(),
                op.startedAt());
    }

    /** Changes the member's latest operation if it is {@code operationId} ({@code starts}: it becomes the latest). */
    private void change(String memberId, String operationId, UnaryOperator<MemberOperationView> change,
                        MemberSystem system, AccountState state, MemberStatus status, boolean starts) {
        MemberDocument member = mongo.findById(memberId, MemberDocument.class);
        if (member == null || (!starts && (member.operation() == null
                || !member.operation().id().equals(operationId)))) {
            return;
        }
        MemberDocument changed = mongo.save(member.withOperation(change.apply(member.operation()), system, state,
                status == null ? member.status() : status));
        updates.emit(FindMemberQuery.class, query -> query.memberId().value().equals(changed.id())
                && query.tenantId().slug().equals(changed.tenant()), changed.toView());
    }
}
