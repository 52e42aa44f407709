package eu.dezky.projections.operation;

import eu.dezky.api.domain.MailDomainAddedEvent;
import eu.dezky.api.domain.MailDomainCheckRequestedEvent;
import eu.dezky.api.domain.MailDomainCheckedEvent;
import eu.dezky.api.domain.RecordCheckStatus;
import eu.dezky.api.domain.MailDomainProvisionedEvent;
import eu.dezky.api.domain.MailDomainProvisioningFailedEvent;
import eu.dezky.api.domain.MailDomainRemovalRefusedEvent;
import eu.dezky.api.domain.MailDomainReleaseStartedEvent;
import eu.dezky.api.domain.MailDomainRemovalRequestedEvent;
import eu.dezky.api.domain.MailDomainRemovedEvent;
import eu.dezky.api.domain.MailDomainStepRecordedEvent;
import eu.dezky.api.domain.MailDomainTakeoverAbandonedEvent;
import eu.dezky.api.operation.OperationKind;
import eu.dezky.api.operation.OperationStatus;
import eu.dezky.api.operation.OperationStep;
import eu.dezky.api.operation.OperationTarget;
import eu.dezky.api.operation.StepState;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A mail domain's operations: its set-up in the mail server (registration, DKIM keys, DNS records to publish) and its
 * removal, each with one {@code MAIL_SERVER} step, and a DNS check an admin asked for ({@code DNS}). A refused removal
 * is a failed operation naming what blocks it, and fails the takeover it was releasing the domain for.
 */
@Component
@ProcessingGroup(OperationViews.PROCESSING_GROUP)
class DomainOperationHistory {

    static final String DNS = "DNS";
    private static final String TAKEOVER_REFUSED = "the domain is still in use by its current holder, who has to remove what"
            + " uses it first (or the mail server refused its removal); the takeover did not happen: try again later,"
            + " or contact support";

    private final OperationRecords records;

    DomainOperationHistory(OperationRecords records) {
        this.records = records;
    }

    @EventHandler
    void on(MailDomainAddedEvent event, @Timestamp Instant at, @MetaDataValue(OperationViews.SUBJECT) String subject,
            @MetaDataValue(OperationViews.AUDIENCE) String audience) {
        records.start(event.operationId(), event.tenantId(), OperationKind.MAIL_DOMAIN_SETUP,
                OperationTarget.mailDomain(event.domain().value()), subject, audience,
                List.of(OperationStep.pending(MailOperationHistory.MAIL_SERVER)), at);
    }

    /**
     * A release whose domain's users are gone continues as this removal under its own id: the operation keeps when
     * and for whom it started (the holder's release has no actor of the holder's; the claimant's must not show there).
     */
    @EventHandler
    void on(MailDomainRemovalRequestedEvent event, @Timestamp Instant at,
            @MetaDataValue(OperationViews.SUBJECT) String subject,
            @MetaDataValue(OperationViews.AUDIENCE) String audience) {
        records.resumeOrStart(event.operationId(), event.tenantId(), OperationKind.MAIL_DOMAIN_REMOVAL,
                OperationTarget.mailDomain(event.domain().value()), subject, audience,
                () -> List.of(OperationStep.pending(MailOperationHistory.MAIL_SERVER)), at);
    }

    /**
     * The holder's side is a removal; a takeover's claimant gets an operation of its own, which the add that ends the
     * takeover carries on as the domain's set-up for the claimant.
     */
    @EventHandler
    void on(MailDomainReleaseStartedEvent event, @Timestamp Instant at,
            @MetaDataValue(OperationViews.SUBJECT) String subject,
            @MetaDataValue(OperationViews.AUDIENCE) String audience) {
        OperationTarget target = OperationTarget.mailDomain(event.domain().value());
        records.start(event.operationId(), event.tenantId(), OperationKind.MAIL_DOMAIN_REMOVAL, target, null, null,
                List.of(OperationStep.pending(MailOperationHistory.MAIL_SERVER)), at);
        if (event.claimant() != null) {
            records.start(event.takeoverOperationId(), event.claimant(), OperationKind.MAIL_DOMAIN_TAKEOVER, target,
                    subject, audience, List.of(OperationStep.pending(MailOperationHistory.MAIL_SERVER)), at);
        }
    }

    @EventHandler
    void on(MailDomainCheckRequestedEvent event, @Timestamp Instant at,
            @MetaDataValue(OperationViews.SUBJECT) String subject,
            @MetaDataValue(OperationViews.AUDIENCE) String audience) {
        records.start(event.operationId(), event.tenantId(), OperationKind.MAIL_DOMAIN_CHECK,
                OperationTarget.mailDomain(event.domain().value()), subject, audience,
                List.of(OperationStep.pending(DNS)), at);
    }

    /** Only the check an admin asked for carries an operation id; scheduled checks are not operations. */
    @EventHandler
    void on(MailDomainCheckedEvent event, @Timestamp Instant at) {
        long ok = event.results().stream().filter(r -> r.status() == RecordCheckStatus.OK).count();
        records.end(event.operationId(), new OperationStep(DNS, null, StepState.DONE, 0, 0, ok + " of "
                + event.results().size() + " records as expected; the domain is "
                + event.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), null), OperationStatus.DONE, null, at);
    }

    @EventHandler
    void on(MailDomainStepRecordedEvent event) {
        records.step(event.operationId(), MailOperationHistory.step(event.step()));
    }

    /** Set up, or recorded without the mail server when provisioning is switched off (the reason says so). */
    @EventHandler
    void on(MailDomainProvisionedEvent event, @Timestamp Instant at) {
        if (event.stalwartDomainId() == null) {
            records.end(event.operationId(), new OperationStep(MailOperationHistory.MAIL_SERVER, null,
                    StepState.SKIPPED, 0, 0, event.skippedReason(), null), OperationStatus.DONE, null, at);
        } else {
            records.end(event.operationId(), OperationStatus.DONE, null, at);
        }
    }

    @EventHandler
    void on(MailDomainProvisioningFailedEvent event, @Timestamp Instant at) {
        records.end(event.operationId(), OperationStatus.FAILED, event.reason(), at);
    }

    @EventHandler
    void on(MailDomainRemovedEvent event, @Timestamp Instant at) {
        records.end(event.operationId(), OperationStatus.DONE, null, at);
    }

    /**
     * The holder's removal fails naming its blockers; a takeover waiting on it fails too, else the claimant's operation
     * would run forever. The claimant is told what to do, not the blockers: they are the holder's mailboxes and lists.
     */
    /** The holder let the domain go, but the claimant's add was refused (say, the claimant is suspended meanwhile). */
    @EventHandler
    void on(MailDomainTakeoverAbandonedEvent event, @Timestamp Instant at) {
        records.end(event.takeoverOperationId(), new OperationStep(MailOperationHistory.MAIL_SERVER, null,
                StepState.SKIPPED, 0, 0, "not set up: the domain could not be added", null), OperationStatus.FAILED,
                "its holder gave the domain up, but it could not be added to this tenant (" + event.reason()
                        + "); add it again", at);
    }

    @EventHandler
    void on(MailDomainRemovalRefusedEvent event, @Timestamp Instant at) {
        records.end(event.operationId(), OperationStatus.FAILED,
                "the domain is still in use: " + String.join(", ", event.blockers()), at);
        records.end(event.takeoverOperationId(), new OperationStep(MailOperationHistory.MAIL_SERVER, null,
                StepState.SKIPPED, 0, 0, "not set up: the domain stayed with its current holder", null),
                OperationStatus.FAILED, TAKEOVER_REFUSED, at);
    }
}
