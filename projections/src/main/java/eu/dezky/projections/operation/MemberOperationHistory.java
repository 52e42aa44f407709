package eu.dezky.projections.operation;

import eu.dezky.api.member.MemberCreatedEvent;
import eu.dezky.api.member.MemberDetailsChangedEvent;
import eu.dezky.api.member.MemberLinkedEvent;
import eu.dezky.api.member.MemberOperationCompletedEvent;
import eu.dezky.api.member.MemberOperationFailedEvent;
import eu.dezky.api.member.MemberOperationStartedEvent;
import eu.dezky.api.member.MemberOperationStepRecordedEvent;
import eu.dezky.api.member.MemberProvisionedEvent;
import eu.dezky.api.member.MemberProvisioningFailedEvent;
import eu.dezky.api.member.MemberRemovalStartedEvent;
import eu.dezky.api.member.MemberRemovedEvent;
import eu.dezky.api.member.MemberStepRecordedEvent;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.StepStatus;
import eu.dezky.api.operation.OperationKind;
import eu.dezky.api.operation.OperationStatus;
import eu.dezky.api.operation.OperationStep;
import eu.dezky.api.operation.OperationTarget;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A member's operations: onboarding (or linking), each lifecycle operation, and the removal, each with a step per
 * system ({@code SSO}, {@code MAILBOX}, {@code FILES}). Holds the reset of the whole operations read model.
 */
@Component
@ProcessingGroup(OperationViews.PROCESSING_GROUP)
class MemberOperationHistory {

    private final OperationRecords records;

    MemberOperationHistory(OperationRecords records) {
        this.records = records;
    }

    @EventHandler
    void on(MemberCreatedEvent event, @Timestamp Instant at, @MetaDataValue(OperationViews.SUBJECT) String subject,
            @MetaDataValue(OperationViews.AUDIENCE) String audience) {
        records.start(event.operationId(), event.tenantId(), OperationKind.MEMBER_ONBOARDING,
                OperationTarget.member(event.memberId().value(), event.mailbox().value()), subject, audience,
                pending(), at);
    }

    @EventHandler
    void on(MemberLinkedEvent event, @Timestamp Instant at, @MetaDataValue(OperationViews.SUBJECT) String subject,
            @MetaDataValue(OperationViews.AUDIENCE) String audience) {
        records.start(event.operationId(), event.tenantId(), OperationKind.MEMBER_LINK,
                OperationTarget.member(event.memberId().value(), event.mailbox().value()), subject, audience,
                pending(), at);
    }

    @EventHandler
    void on(MemberRemovalStartedEvent event, @Timestamp Instant at,
            @MetaDataValue(OperationViews.SUBJECT) String subject,
            @MetaDataValue(OperationViews.AUDIENCE) String audience) {
        records.start(event.operationId(), event.tenantId(), OperationKind.MEMBER_REMOVAL,
                OperationTarget.member(event.memberId().value(), event.mailbox().value()), subject, audience,
                pending(), at);
    }

    @EventHandler
    void on(MemberOperationStartedEvent event, @Timestamp Instant at,
            @MetaDataValue(OperationViews.SUBJECT) String subject,
            @MetaDataValue(OperationViews.AUDIENCE) String audience) {
        records.start(event.operationId(), event.tenantId(), OperationKind.valueOf("MEMBER_" + event.kind().name()),
                OperationTarget.member(event.memberId().value(), event.mailbox().value()), subject, audience,
                pending(), at);
    }

    @EventHandler
    void on(MemberDetailsChangedEvent event, @Timestamp Instant at,
            @MetaDataValue(OperationViews.SUBJECT) String subject,
            @MetaDataValue(OperationViews.AUDIENCE) String audience) {
        records.start(event.operationId(), event.tenantId(), OperationKind.MEMBER_UPDATE,
                OperationTarget.member(event.memberId().value(), event.mailbox().value()), subject, audience,
                pending(), at);
    }

    @EventHandler
    void on(MemberStepRecordedEvent event) {
        records.step(event.operationId(), step(event.step()));
    }

    @EventHandler
    void on(MemberOperationStepRecordedEvent event) {
        records.step(event.operationId(), step(event.step()));
    }

    @EventHandler
    void on(MemberProvisionedEvent event, @Timestamp Instant at) {
        records.end(event.operationId(), OperationStatus.DONE, null, at);
    }

    @EventHandler
    void on(MemberProvisioningFailedEvent event, @Timestamp Instant at) {
        records.end(event.operationId(), OperationStatus.FAILED, event.reason(), at);
    }

    @EventHandler
    void on(MemberRemovedEvent event, @Timestamp Instant at) {
        records.end(event.operationId(), OperationStatus.DONE, null, at);
    }

    @EventHandler
    void on(MemberOperationCompletedEvent event, @Timestamp Instant at) {
        records.end(event.operationId(), OperationStatus.DONE, null, at);
    }

    @EventHandler
    void on(MemberOperationFailedEvent event, @Timestamp Instant at) {
        records.end(event.operationId(), OperationStatus.FAILED, event.reason(), at);
    }

    /** The whole read model goes, so a replay rebuilds it; one reset for the group's three handler classes. */
    @ResetHandler
    void reset() {
        records.dropAll();
    }

    private static List<OperationStep> pending() {
        return Arrays.stream(MemberSystem.values()).map(system -> OperationStep.pending(system.name())).toList();
    }

    private static OperationStep step(StepStatus step) {
        return new OperationStep(step.system().name(), null, step.state(), step.attempt(), step.maxAttempts(),
                step.detail(), step.nextAttemptAt());
    }
}
