package eu.dezky.domain.mail;

import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.mail.ChangeMailingListCommand;
import eu.dezky.api.mail.CreateMailingListCommand;
import eu.dezky.api.mail.MailObjectStatus;
import eu.dezky.api.mail.MailingListChangeFailedEvent;
import eu.dezky.api.mail.MailingListChangedEvent;
import eu.dezky.api.mail.MailingListCreatedEvent;
import eu.dezky.api.mail.MailingListId;
import eu.dezky.api.mail.MailingListProvisionedEvent;
import eu.dezky.api.mail.MailingListProvisioningFailedEvent;
import eu.dezky.api.mail.MailingListRemovalFailedEvent;
import eu.dezky.api.mail.MailingListRemovalRequestedEvent;
import eu.dezky.api.mail.MailingListRemovedEvent;
import eu.dezky.api.mail.MailingListStepRecordedEvent;
import eu.dezky.api.mail.Recipients;
import eu.dezky.api.mail.RecordMailingListProvisionedCommand;
import eu.dezky.api.mail.RecordMailingListProvisioningFailedCommand;
import eu.dezky.api.mail.RecordMailingListRemovalFailedCommand;
import eu.dezky.api.mail.RecordMailingListRemovedCommand;
import eu.dezky.api.mail.RecordMailingListStepCommand;
import eu.dezky.api.mail.RemoveMailingListCommand;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A distribution list. One operation at a time (create, change, remove): a change or removal while another is
 * running is refused with a clear 409 rather than queued, so the saga never has two states to reconcile. A change
 * remembers the state before it, so a change that fails for good rolls back to it.
 */
@AggregateRoot(type = "MailingList")
public class MailingListAggregate {

    @AggregateIdentifier
    private MailingListId id;
    /** The operation running now (or the last one), stamped on every event it causes. */
    private String operationId;
    private TenantId tenantId;
    private MailObjectStatus status;
    private String name;
    private Recipients recipients;
    private String previousName;
    private Recipients previousRecipients;

    /** Axon rebuilds the aggregate from its events, and creates it for a first list, through this constructor. */
    MailingListAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CreateMailingListCommand command) {
        if (status != null && status.inUse()) {
            throw new RuleViolationException("address-taken", command.id().address() + " is already a list");
        }
        apply(new MailingListCreatedEvent(command.id(), command.tenantId(), command.name(), command.recipients(), command.operationId()));
    }

    @CommandHandler
    void handle(ChangeMailingListCommand command) {
        requireIdle(command.tenantId(), "changed");
        apply(new MailingListChangedEvent(id, tenantId, command.name(), command.recipients(), name, recipients, command.operationId()));
    }

    @CommandHandler
    void handle(RemoveMailingListCommand command) {
        if (status == MailObjectStatus.REMOVING && tenantId.equals(command.tenantId())) {
            return;
        }
        requireIdle(command.tenantId(), "removed");
        apply(new MailingListRemovalRequestedEvent(id, tenantId, command.operationId()));
    }

    @CommandHandler
    void handle(RecordMailingListStepCommand command) {
        if (busy()) {
            apply(new MailingListStepRecordedEvent(id, tenantId, command.step(), operationId));
        }
    }

    @CommandHandler
    void handle(RecordMailingListProvisionedCommand command) {
        if (status == MailObjectStatus.PROVISIONING || status == MailObjectStatus.UPDATING) {
            apply(new MailingListProvisionedEvent(id, tenantId, operationId));
        }
    }

    @CommandHandler
    void handle(RecordMailingListProvisioningFailedCommand command) {
        if (status == MailObjectStatus.PROVISIONING) {
            apply(new MailingListProvisioningFailedEvent(id, tenantId, command.reason(), command.leftover(), operationId));
        } else if (status == MailObjectStatus.UPDATING) {
            apply(new MailingListChangeFailedEvent(id, tenantId, previousName, previousRecipients, command.reason(),
                    command.leftover(), operationId));
        }
    }

    @CommandHandler
    void handle(RecordMailingListRemovedCommand command) {
        if (status == MailObjectStatus.REMOVING) {
            apply(new MailingListRemovedEvent(id, tenantId, operationId));
        }
    }

    @CommandHandler
    void handle(RecordMailingListRemovalFailedCommand command) {
        if (status == MailObjectStatus.REMOVING) {
            apply(new MailingListRemovalFailedEvent(id, tenantId, command.reason(), operationId));
        }
    }

    private void requireIdle(TenantId caller, String what) {
        if (status == null || !status.inUse() || !tenantId.equals(caller)) {
            throw new RuleViolationException("list-not-found", "the tenant has no list " + id.address());
        }
        if (busy()) {
            throw new RuleViolationException("list-busy", id.address() + " is being " + switch (status) {
                case PROVISIONING -> "provisioned";
                case UPDATING -> "changed";
                default -> "removed";
            } + "; it can be " + what + " once that has finished");
        }
    }

    private boolean busy() {
        return status == MailObjectStatus.PROVISIONING || status == MailObjectStatus.UPDATING
                || status == MailObjectStatus.REMOVING;
    }

    @EventSourcingHandler
    void on(MailingListCreatedEvent event) {
        operationId = event.operationId();
        id = event.id();
        tenantId = event.tenantId();
        name = event.name();
        recipients = event.recipients();
        status = MailObjectStatus.PROVISIONING;
    }

    @EventSourcingHandler
    void on(MailingListChangedEvent event) {
        operationId = event.operationId();
        previousName = event.previousName();
        previousRecipients = event.previousRecipients();
        name = event.name();
        recipients = event.recipients();
        status = MailObjectStatus.UPDATING;
    }

    @EventSourcingHandler
    void on(MailingListProvisionedEvent event) {
        status = MailObjectStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(MailingListProvisioningFailedEvent event) {
        status = event.leftover() ? MailObjectStatus.NEEDS_ATTENTION : MailObjectStatus.FAILED;
    }

    @EventSourcingHandler
    void on(MailingListChangeFailedEvent event) {
        name = event.name();
        recipients = event.recipients();
        status = event.leftover() ? MailObjectStatus.NEEDS_ATTENTION : MailObjectStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(MailingListRemovalRequestedEvent event) {
        operationId = event.operationId();
        status = MailObjectStatus.REMOVING;
    }

    @EventSourcingHandler
    void on(MailingListRemovedEvent event) {
        status = MailObjectStatus.REMOVED;
    }

    @EventSourcingHandler
    void on(MailingListRemovalFailedEvent event) {
        status = MailObjectStatus.NEEDS_ATTENTION;
    }
}
