package eu.dezky.projections.operation;

import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberImportRow;
import eu.dezky.api.member.MemberImportRowRefusedEvent;
import eu.dezky.api.member.MemberImportStartedEvent;
import eu.dezky.api.member.MemberProvisionedEvent;
import eu.dezky.api.member.MemberProvisioningFailedEvent;
import eu.dezky.api.operation.OperationKind;
import eu.dezky.api.operation.OperationStep;
import eu.dezky.api.operation.OperationTarget;
import eu.dezky.api.operation.StepState;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A member import's operation: one step per row ({@code MEMBER}, the mailbox as its target), pending while the row's
 * member is onboarded, then done or failed with the reason, or failed at once when the row was refused. The rows'
 * members report from their own aggregates, so a row's step is written in place (an atomic write: several rows may
 * finish at once); the import ends when no row runs any more.
 */
@Component
@ProcessingGroup(OperationViews.PROCESSING_GROUP)
class MemberImportHistory {

    static final String SYSTEM = "MEMBER";

    private final OperationRecords records;
    private final MongoTemplate mongo;

    MemberImportHistory(OperationRecords records, MongoTemplate mongo) {
        this.records = records;
        this.mongo = mongo;
    }

    @EventHandler
    void on(MemberImportStartedEvent event, @Timestamp Instant at,
            @MetaDataValue(OperationViews.SUBJECT) String subject,
            @MetaDataValue(OperationViews.AUDIENCE) String audience) {
        List<OperationStep> steps = new ArrayList<>();
        for (MemberImportRow row : event.rows()) {
            if (row.refusal() == null) {
                mongo.save(new ImportRowDocument(row.memberId().value(), event.operationId(), steps.size(), row.row(),
                        row.mailbox()));
                steps.add(step(row.row(), row.mailbox(), StepState.PENDING, null));
            } else {
                steps.add(step(row.row(), row.mailbox(), StepState.FAILED, row.refusal()));
            }
        }
        records.start(event.operationId(), event.tenantId(), OperationKind.MEMBER_IMPORT,
                OperationTarget.tenant(event.tenantId().slug()), subject, audience, steps, at);
        records.endWhenSettled(event.operationId(), at);
    }

    @EventHandler
    void on(MemberProvisionedEvent event, @Timestamp Instant at) {
        settle(event.memberId(), StepState.DONE, null, at);
    }

    @EventHandler
    void on(MemberProvisioningFailedEvent event, @Timestamp Instant at) {
        settle(event.memberId(), StepState.FAILED, event.reason(), at);
    }

    @EventHandler
    void on(MemberImportRowRefusedEvent event, @Timestamp Instant at) {
        settle(event.memberId(), StepState.FAILED, event.reason(), at);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ImportRowDocument.class);
    }

    /** A member that came from no import has no row document: nothing to do. */
    private void settle(MemberId memberId, StepState state, String reason, Instant at) {
        ImportRowDocument row = mongo.findById(memberId.value(), ImportRowDocument.class);
        if (row != null) {
            records.stepAt(row.operationId(), row.step(), step(row.row(), row.mailbox(), state, reason));
            records.endWhenSettled(row.operationId(), at);
        }
    }

    private static OperationStep step(int row, String mailbox, StepState state, String reason) {
        return new OperationStep(SYSTEM, mailbox, state, 0, 0, "row " + row + (reason == null ? "" : ": " + reason),
                null);
    }
}
