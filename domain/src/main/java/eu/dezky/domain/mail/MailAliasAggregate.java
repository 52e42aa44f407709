package eu.dezky.domain.mail;

import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.mail.CreateMailAliasCommand;
import eu.dezky.api.mail.MailAliasCreatedEvent;
import eu.dezky.api.mail.MailAliasId;
import eu.dezky.api.mail.MailAliasProvisionedEvent;
import eu.dezky.api.mail.MailAliasProvisioningFailedEvent;
import eu.dezky.api.mail.MailAliasRemovalFailedEvent;
import eu.dezky.api.mail.MailAliasRemovalRequestedEvent;
import eu.dezky.api.mail.MailAliasRemovedEvent;
import eu.dezky.api.mail.MailAliasStepRecordedEvent;
import eu.dezky.api.mail.MailObjectStatus;
import eu.dezky.api.mail.RecordMailAliasProvisionedCommand;
import eu.dezky.api.mail.RecordMailAliasProvisioningFailedCommand;
import eu.dezky.api.mail.RecordMailAliasRemovalFailedCommand;
import eu.dezky.api.mail.RecordMailAliasRemovedCommand;
import eu.dezky.api.mail.RecordMailAliasStepCommand;
import eu.dezky.api.mail.RemoveMailAliasCommand;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An address delivering to a member's mailbox. One operation at a time: an admin's removal waits until provisioning
 * has finished, but the removal of its member is accepted in any state, since the mailbox it delivered to is going.
 * A removed or failed alias's address may be used again later, so creation is allowed on top of such a history.
 * The saga's reports are idempotent: one that no longer fits the status is ignored.
 */
@AggregateRoot(type = "MailAlias")
public class MailAliasAggregate {

    @AggregateIdentifier
    private MailAliasId id;
    /** The operation running now (or the last one), stamped on every event it causes. */
    private String operationId;
    private TenantId tenantId;
    private MemberId memberId;
    private MailAddress mailbox;
    private MailObjectStatus status;
    private String removalReason;

    /** Axon rebuilds the aggregate from its events, and creates it for a first alias, through this constructor. */
    MailAliasAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CreateMailAliasCommand command) {
        if (status != null && status.inUse()) {
            throw new RuleViolationException("address-taken", command.id().address() + " is already an alias");
        }
        apply(new MailAliasCreatedEvent(command.id(), command.tenantId(), command.memberId(), command.mailbox(), command.operationId()));
    }

    @CommandHandler
    void handle(RecordMailAliasStepCommand command) {
        if (status == MailObjectStatus.PROVISIONING || status == MailObjectStatus.REMOVING) {
            apply(new MailAliasStepRecordedEvent(id, tenantId, command.step(), operationId));
        }
    }

    @CommandHandler
    void handle(RecordMailAliasProvisionedCommand command) {
        if (status == MailObjectStatus.PROVISIONING) {
            apply(new MailAliasProvisionedEvent(id, tenantId, operationId));
        }
    }

    @CommandHandler
    void handle(RecordMailAliasProvisioningFailedCommand command) {
        if (status == MailObjectStatus.PROVISIONING) {
            apply(new MailAliasProvisioningFailedEvent(id, tenantId, command.reason(), command.leftover(), operationId));
        }
    }

    @CommandHandler
    void handle(RemoveMailAliasCommand command) {
        if (status == null || !status.inUse() || !tenantId.equals(command.tenantId())) {
            throw new RuleViolationException("alias-not-found", "the tenant has no alias " + command.id().address());
        }
        if (status == MailObjectStatus.REMOVING) {
            return;
        }
        if (command.reason() == null && status == MailObjectStatus.PROVISIONING) {
            throw new RuleViolationException("alias-busy", command.id().address()
                    + " is still being provisioned; remove it once that has finished");
        }
        apply(new MailAliasRemovalRequestedEvent(id, tenantId, memberId, mailbox, command.reason(), command.operationId()));
    }

    @CommandHandler
    void handle(RecordMailAliasRemovedCommand command) {
        if (status == MailObjectStatus.REMOVING) {
            apply(new MailAliasRemovedEvent(id, tenantId, removalReason, operationId));
        }
    }

    @CommandHandler
    void handle(RecordMailAliasRemovalFailedCommand command) {
        if (status == MailObjectStatus.REMOVING) {
            apply(new MailAliasRemovalFailedEvent(id, tenantId, command.reason(), operationId));
        }
    }

    @EventSourcingHandler
    void on(MailAliasCreatedEvent event) {
        operationId = event.operationId();
        id = event.id();
        tenantId = event.tenantId();
        memberId = event.memberId();
        mailbox = event.mailbox();
        status = MailObjectStatus.PROVISIONING;
        removalReason = null;
    }

    @EventSourcingHandler
    void on(MailAliasProvisionedEvent event) {
        status = MailObjectStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(MailAliasProvisioningFailedEvent event) {
        status = event.leftover() ? MailObjectStatus.NEEDS_ATTENTION : MailObjectStatus.FAILED;
    }

    @EventSourcingHandler
    void on(MailAliasRemovalRequestedEvent event) {
        operationId = event.operationId();
        status = MailObjectStatus.REMOVING;
        removalReason = event.reason();
    }

    @EventSourcingHandler
    void on(MailAliasRemovedEvent event) {
        status = MailObjectStatus.REMOVED;
    }

    @EventSourcingHandler
    void on(MailAliasRemovalFailedEvent event) {
        status = MailObjectStatus.NEEDS_ATTENTION;
    }
}
