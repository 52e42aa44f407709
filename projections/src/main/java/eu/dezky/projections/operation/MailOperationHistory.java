package eu.dezky.projections.operation;

import eu.dezky.api.mail.MailAliasCreatedEvent;
import eu.dezky.api.mail.MailAliasProvisionedEvent;
import eu.dezky.api.mail.MailAliasProvisioningFailedEvent;
import eu.dezky.api.mail.MailAliasRemovalFailedEvent;
import eu.dezky.api.mail.MailAliasRemovalRequestedEvent;
import eu.dezky.api.mail.MailAliasRemovedEvent;
import eu.dezky.api.mail.MailAliasStepRecordedEvent;
import eu.dezky.api.mail.MailStep;
import eu.dezky.api.mail.MailingListChangeFailedEvent;
import eu.dezky.api.mail.MailingListChangedEvent;
import eu.dezky.api.mail.MailingListCreatedEvent;
import eu.dezky.api.mail.MailingListProvisionedEvent;
import eu.dezky.api.mail.MailingListProvisioningFailedEvent;
import eu.dezky.api.mail.MailingListRemovalFailedEvent;
import eu.dezky.api.mail.MailingListRemovalRequestedEvent;
import eu.dezky.api.mail.MailingListRemovedEvent;
import eu.dezky.api.mail.MailingListStepRecordedEvent;
import eu.dezky.api.operation.OperationKind;
import eu.dezky.api.operation.OperationStatus;
import eu.dezky.api.operation.OperationStep;
import eu.dezky.api.operation.OperationTarget;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * The operations of aliases and distribution lists: create, change, remove, each with one step in the mail server
 * ({@code MAIL_SERVER}). A failure that left something in the mail server ends as needs-attention.
 */
@Component
@ProcessingGroup(OperationViews.PROCESSING_GROUP)
class MailOperationHistory {

    static final String MAIL_SERVER = "MAIL_SERVER";

    private final OperationRecords records;

    MailOperationHistory(OperationRecords records) {
        this.records = records;
    }

    @EventHandler
    void on(MailAliasCreatedEvent event, @Timestamp Instant at, @MetaDataValue(OperationViews.SUBJECT) String subject,
            @MetaDataValue(OperationViews.AUDIENCE) String audience) {
        alias(event.operationId(), event.tenantId(), OperationKind.MAIL_ALIAS_CREATE, event.id().address().value(),
                subject, audience, at);
    }

    @EventHandler
    void on(MailAliasRemovalRequestedEvent event, @Timestamp Instant at,
            @MetaDataValue(OperationViews.SUBJECT) String subject,
            @MetaDataValue(OperationViews.AUDIENCE) String audience) {
        alias(event.operationId(), event.tenantId(), OperationKind.MAIL_ALIAS_REMOVAL, event.id().address().value(),
                subject, audience, at);
    }

    @EventHandler
    void on(MailingListCreatedEvent event, @Timestamp Instant at,
            @MetaDataValue(OperationViews.SUBJECT) String subject,
            @MetaDataValue(OperationViews.AUDIENCE) String audience) {
        list(event.operationId(), event.tenantId(), OperationKind.MAILING_LIST_CREATE, event.id().address().value(),
                subject, audience, at);
    }

    @EventHandler
    void on(MailingListChangedEvent event, @Timestamp Instant at,
            @MetaDataValue(OperationViews.SUBJECT) String subject,
            @MetaDataValue(OperationViews.AUDIENCE) String audience) {
        list(event.operationId(), event.tenantId(), OperationKind.MAILING_LIST_CHANGE, event.id().address().value(),
                subject, audience, at);
    }

    @EventHandler
    void on(MailingListRemovalRequestedEvent event, @Timestamp Instant at,
            @MetaDataValue(OperationViews.SUBJECT) String subject,
            @MetaDataValue(OperationViews.AUDIENCE) String audience) {
        list(event.operationId(), event.tenantId(), OperationKind.MAILING_LIST_REMOVAL, event.id().address().value(),
                subject, audience, at);
    }

    @EventHandler
    void on(MailAliasStepRecordedEvent event) {
        records.step(event.operationId(), step(event.step()));
    }

    @EventHandler
    void on(MailingListStepRecordedEvent event) {
        records.step(event.operationId(), step(event.step()));
    }

    @EventHandler
    void on(MailAliasProvisionedEvent event, @Timestamp Instant at) {
        records.end(event.operationId(), OperationStatus.DONE, null, at);
    }

    @EventHandler
    void on(MailingListProvisionedEvent event, @Timestamp Instant at) {
        records.end(event.operationId(), OperationStatus.DONE, null, at);
    }

    @EventHandler
    void on(MailAliasRemovedEvent event, @Timestamp Instant at) {
        records.end(event.operationId(), OperationStatus.DONE, null, at);
    }

    @EventHandler
    void on(MailingListRemovedEvent event, @Timestamp Instant at) {
        records.end(event.operationId(), OperationStatus.DONE, null, at);
    }

    @EventHandler
    void on(MailAliasProvisioningFailedEvent event, @Timestamp Instant at) {
        records.end(event.operationId(), failed(event.leftover()), event.reason(), at);
    }

    @EventHandler
    void on(MailingListProvisioningFailedEvent event, @Timestamp Instant at) {
        records.end(event.operationId(), failed(event.leftover()), event.reason(), at);
    }

    @EventHandler
    void on(MailingListChangeFailedEvent event, @Timestamp Instant at) {
        records.end(event.operationId(), failed(event.leftover()), event.reason(), at);
    }

    /** A removal that failed for good left the object in the mail server: an operator must act. */
    @EventHandler
    void on(MailAliasRemovalFailedEvent event, @Timestamp Instant at) {
        records.end(event.operationId(), OperationStatus.NEEDS_ATTENTION, event.reason(), at);
    }

    @EventHandler
    void on(MailingListRemovalFailedEvent event, @Timestamp Instant at) {
        records.end(event.operationId(), OperationStatus.NEEDS_ATTENTION, event.reason(), at);
    }

    private void alias(String operationId, TenantId tenant, OperationKind kind, String address, String subject,
                       String audience, Instant at) {
        records.start(operationId, tenant, kind, OperationTarget.mailAlias(address), subject, audience,
                List.of(OperationStep.pending(MAIL_SERVER)), at);
    }

    private void list(String operationId, TenantId tenant, OperationKind kind, String address, String subject,
                      String audience, Instant at) {
        records.start(operationId, tenant, kind, OperationTarget.mailingList(address), subject, audience,
                List.of(OperationStep.pending(MAIL_SERVER)), at);
    }

    static OperationStep step(MailStep step) {
        return new OperationStep(MAIL_SERVER, null, step.state(), step.attempt(), step.maxAttempts(), step.detail(),
                step.nextAttemptAt());
    }

    private static OperationStatus failed(boolean leftover) {
        return leftover ? OperationStatus.NEEDS_ATTENTION : OperationStatus.FAILED;
    }
}
