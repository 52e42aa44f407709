package eu.dezky.domain.maildomain;

import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.domain.AddMailDomainCommand;
import eu.dezky.api.domain.ContinueMailDomainReleaseCommand;
import eu.dezky.api.domain.ExpireMailDomainCommand;
import eu.dezky.api.domain.MailDomainExpiryScheduledEvent;
import eu.dezky.api.domain.MailDomainExpiryWarnedEvent;
import eu.dezky.api.domain.MailDomainOwnershipProvenEvent;
import eu.dezky.api.domain.MailDomainReleaseReason;
import eu.dezky.api.domain.MailDomainReleaseStartedEvent;
import eu.dezky.api.domain.ScheduleMailDomainExpiryCommand;
import eu.dezky.api.domain.TakeOverMailDomainCommand;
import eu.dezky.api.domain.WarnMailDomainExpiryCommand;
import eu.dezky.api.domain.ChangeDmarcPolicyCommand;
import eu.dezky.api.domain.DmarcPolicy;
import eu.dezky.api.domain.DmarcPolicyChangedEvent;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.MailDomainAddedEvent;
import eu.dezky.api.domain.MailDomainCheckRequestedEvent;
import eu.dezky.api.domain.MailDomainCheckedEvent;
import eu.dezky.api.domain.MailDomainProvisionedEvent;
import eu.dezky.api.domain.MailDomainProvisioningFailedEvent;
import eu.dezky.api.domain.MailDomainRemovalRefusedEvent;
import eu.dezky.api.domain.MailDomainRemovalRequestedEvent;
import eu.dezky.api.domain.MailDomainRemovedEvent;
import eu.dezky.api.domain.MailDomainSetupCancelledEvent;
import eu.dezky.api.domain.RecordMailDomainSetupCancelledCommand;
import eu.dezky.api.domain.MailDomainStatusChangedEvent;
import eu.dezky.api.domain.RecordMailDomainCheckCommand;
import eu.dezky.api.domain.RecordMailDomainProvisionedCommand;
import eu.dezky.api.domain.RecordMailDomainProvisioningFailedCommand;
import eu.dezky.api.domain.RecordMailDomainStepCommand;
import eu.dezky.api.domain.MailDomainStepRecordedEvent;
import eu.dezky.api.domain.RecordMailDomainProvisioningSkippedCommand;
import eu.dezky.api.domain.RecordMailDomainRemovalRefusedCommand;
import eu.dezky.api.domain.RecordMailDomainRemovedCommand;
import eu.dezky.api.domain.RequestMailDomainCheckCommand;
import eu.dezky.api.domain.RequestMailDomainRemovalCommand;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import java.time.Instant;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A mail domain a tenant brought. Its identifier is the domain name, so the event store's unique key makes a name
 * platform-wide unique; a REMOVED domain lives on as history and is revived by the next add, from any tenant.
 * Commands from tenants must name the owner: another tenant's domain "does not exist" for them. The reports of
 * the sagas ({@code Record…}) are idempotent: one that no longer fits the state (a retry, a late answer) is ignored.
 */
@AggregateRoot(type = "MailDomain")
public class MailDomainAggregate {

    @AggregateIdentifier
    private DomainName domain;
    /** The operation running now (or the last one), stamped on every event it causes. */
    private String operationId;
    /** A check an admin asked for and the next check result answers; null when none is pending. */
    private String checkOperationId;
    private TenantId tenantId;
    private DomainStatus status;
    private String ownershipToken;
    private DmarcPolicy dmarc;
    private String stalwartDomainId;
    private boolean everVerified;
    private DomainStatus statusBeforeRemoval;
    /** A removal cancelled the running set-up, which has not reported its undo yet. */
    private boolean setupCancelling;
    /** The domain's ownership record has been seen: no expiry, no takeover. */
    private boolean ownershipProven;
    private Instant expiresAt;
    /** Released (expired or taken over): its users are being removed before the domain. */
    private boolean releasing;

    /** Axon rebuilds the aggregate from its events, and creates it for a first add, through this constructor. */
    MailDomainAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AddMailDomainCommand command) {
        if (status != null && status != DomainStatus.REMOVED) {
            throw OwnershipRule.conflict(command.domain(), ownershipProven);
        }
        apply(new MailDomainAddedEvent(command.domain(), command.tenantId(), command.ownershipToken(),
                ExpectedRecordsRule.defaultDmarc(command.domain()), command.operationId()));
    }

    @CommandHandler
    void handle(RecordMailDomainProvisionedCommand command) {
        if (status == DomainStatus.PROVISIONING) {
            apply(new MailDomainProvisionedEvent(domain, tenantId, command.stalwartDomainId(),
                    ExpectedRecordsRule.provisioned(domain, command.expectedRecords(), dmarc, ownershipToken), null, operationId));
        }
    }

    @CommandHandler
    void handle(RecordMailDomainProvisioningSkippedCommand command) {
        if (status == DomainStatus.PROVISIONING) {
            apply(new MailDomainProvisionedEvent(domain, tenantId, null,
                    List.of(ExpectedRecordsRule.ownership(domain, ownershipToken)), command.reason(), operationId));
        }
    }

    /** Steps are shown while an operation runs (set-up or removal); a late report after its outcome is dropped. */
    @CommandHandler
    void handle(RecordMailDomainStepCommand command) {
        if (status == DomainStatus.PROVISIONING || status == DomainStatus.REMOVING) {
            apply(new MailDomainStepRecordedEvent(domain, tenantId, command.step(), operationId));
        }
    }

    @CommandHandler
    void handle(RecordMailDomainProvisioningFailedCommand command) {
        if (status == DomainStatus.PROVISIONING) {
            apply(new MailDomainProvisioningFailedEvent(domain, tenantId, command.reason(), operationId));
        }
    }

    @CommandHandler
    void handle(RequestMailDomainCheckCommand command) {
        requireOwner(command.tenantId());
        DomainStatusRule.requireCheckable(domain, status);
        apply(new MailDomainCheckRequestedEvent(domain, tenantId, command.operationId()));
    }

    /** A check that arrives after removal started (the saga raced it) is dropped; the domain is going. */
    @CommandHandler
    void handle(RecordMailDomainCheckCommand command) {
        if (!DomainStatusRule.CHECKABLE.contains(status)) {
            return;
        }
        DomainStatus previous = status;
        DomainStatus next = DomainStatusRule.after(previous, everVerified, command.results());
        if (!ownershipProven && OwnershipRule.seen(command.results())) {
            apply(new MailDomainOwnershipProvenEvent(domain, tenantId));
        }
        // apply() runs the sourcing handler at once, so the status before the check is kept aside
        apply(new MailDomainCheckedEvent(domain, tenantId, List.copyOf(command.results()), next, command.checkedAt(),
                command.nextCheckAt(), checkOperationId));
        if (next != previous) {
            apply(new MailDomainStatusChangedEvent(domain, tenantId, previous, next));
        }
    }

    @CommandHandler
    void handle(ChangeDmarcPolicyCommand command) {
        requireOwner(command.tenantId());
        requireNotRemoving();
        if (!command.policy().equals(dmarc)) {
            apply(new DmarcPolicyChangedEvent(domain, tenantId, command.policy()));
        }
    }

    /**
     * While PROVISIONING the set-up saga may be creating the domain in the mail server right now: the removal
     * cancels it, the set-up undoes its work (it alone knows what it did, and its own handlers run one at a time, so
     * no create can land after the undo), and the removal saga only goes on once that is recorded.
     */
    @CommandHandler
    void handle(RequestMailDomainRemovalCommand command) {
        requireOwner(command.tenantId());
        if (status == DomainStatus.REMOVING) {
            return;
        }
        if (command.blockers() != null && !command.blockers().isEmpty()) {
            throw new RuleViolationException("domain-in-use",
                    domain + " is still in use by: " + String.join(", ", command.blockers()));
        }
        apply(new MailDomainRemovalRequestedEvent(domain, tenantId, stalwartDomainId, command.operationId(),
                status == DomainStatus.PROVISIONING));
    }

    @CommandHandler
    void handle(RecordMailDomainSetupCancelledCommand command) {
        if (status == DomainStatus.REMOVING && setupCancelling) {
            apply(new MailDomainSetupCancelledEvent(domain, tenantId, command.leftoverStalwartDomainId(), operationId));
        }
    }

    @CommandHandler
    void handle(ScheduleMailDomainExpiryCommand command) {
        if (OwnershipRule.provisional(status, ownershipProven)) {
            apply(new MailDomainExpiryScheduledEvent(domain, tenantId, command.expiresAt()));
        }
    }

    @CommandHandler
    void handle(WarnMailDomainExpiryCommand command) {
        if (OwnershipRule.provisional(status, ownershipProven) && expiresAt != null) {
            apply(new MailDomainExpiryWarnedEvent(domain, tenantId, expiresAt));
        }
    }

    /** A late deadline for a domain proven, removed or already going meanwhile changes nothing. */
    @CommandHandler
    void handle(ExpireMailDomainCommand command) {
        if (OwnershipRule.provisional(status, ownershipProven)) {
            apply(new MailDomainReleaseStartedEvent(domain, tenantId, MailDomainReleaseReason.EXPIRED, null, null,
                    command.operationId(), null, status == DomainStatus.PROVISIONING));
        }
    }

    @CommandHandler
    void handle(TakeOverMailDomainCommand command) {
        OwnershipRule.requireTakeable(domain, status, ownershipProven, tenantId, command.tenantId(),
                command.recordFound());
        apply(new MailDomainReleaseStartedEvent(domain, tenantId, MailDomainReleaseReason.TAKEN_OVER,
                command.tenantId(), command.claimToken(), command.releaseOperationId(), command.operationId(),
                status == DomainStatus.PROVISIONING));
    }

    /** The domain's users are gone: its removal starts as an admin's would, without the users' check. */
    @CommandHandler
    void handle(ContinueMailDomainReleaseCommand command) {
        if (status == DomainStatus.REMOVING && releasing) {
            apply(new MailDomainRemovalRequestedEvent(domain, tenantId, stalwartDomainId, operationId,
                    statusBeforeRemoval == DomainStatus.PROVISIONING));
        }
    }

    @CommandHandler
    void handle(RecordMailDomainRemovalRefusedCommand command) {
        if (status == DomainStatus.REMOVING) {
            apply(new MailDomainRemovalRefusedEvent(domain, tenantId, List.copyOf(command.blockers()), statusBeforeRemoval, operationId));
        }
    }

    @CommandHandler
    void handle(RecordMailDomainRemovedCommand command) {
        if (status == DomainStatus.REMOVING) {
            apply(new MailDomainRemovedEvent(domain, tenantId, operationId));
        }
    }

    private void requireOwner(TenantId caller) {
        if (status == null || status == DomainStatus.REMOVED || !tenantId.equals(caller)) {
            throw new RuleViolationException("domain-not-found", "no mail domain " + domain + " for tenant " + caller);
        }
    }

    private void requireNotRemoving() {
        if (status == DomainStatus.REMOVING) {
            throw new RuleViolationException("domain-removing", domain + " is being removed");
        }
    }

    @EventSourcingHandler
    void on(MailDomainAddedEvent event) {
        operationId = event.operationId();
        domain = event.domain();
        tenantId = event.tenantId();
        status = DomainStatus.PROVISIONING;
        ownershipToken = event.ownershipToken();
        dmarc = event.dmarc();
        stalwartDomainId = null;
        everVerified = false;
        statusBeforeRemoval = null;
        setupCancelling = false;
        ownershipProven = false;
        expiresAt = null;
        releasing = false;
    }

    @EventSourcingHandler
    void on(MailDomainProvisionedEvent event) {
        stalwartDomainId = event.stalwartDomainId();
        status = DomainStatus.PENDING;
    }

    @EventSourcingHandler
    void on(MailDomainProvisioningFailedEvent event) {
        status = DomainStatus.FAILED;
    }

    @EventSourcingHandler
    void on(MailDomainCheckRequestedEvent event) {
        checkOperationId = event.operationId();
    }

    @EventSourcingHandler
    void on(MailDomainCheckedEvent event) {
        checkOperationId = null;
        status = event.status();
        everVerified |= event.status() == DomainStatus.VERIFIED;
        // checks recorded before the proven event existed count as well
        ownershipProven |= OwnershipRule.seen(event.results());
    }

    @EventSourcingHandler
    void on(DmarcPolicyChangedEvent event) {
        dmarc = event.policy();
    }

    @EventSourcingHandler
    void on(MailDomainRemovalRequestedEvent event) {
        operationId = event.operationId();
        if (status != DomainStatus.REMOVING) {
            statusBeforeRemoval = status;
        }
        status = DomainStatus.REMOVING;
        setupCancelling = event.setupRunning();
        releasing = false;
    }

    @EventSourcingHandler
    void on(MailDomainReleaseStartedEvent event) {
        operationId = event.operationId();
        statusBeforeRemoval = status;
        status = DomainStatus.REMOVING;
        releasing = true;
    }

    @EventSourcingHandler
    void on(MailDomainOwnershipProvenEvent event) {
        ownershipProven = true;
        expiresAt = null;
    }

    @EventSourcingHandler
    void on(MailDomainExpiryScheduledEvent event) {
        expiresAt = event.expiresAt();
    }

    /** The set-up is gone for good: a refused removal from here on leaves the domain FAILED, never PROVISIONING. */
    @EventSourcingHandler
    void on(MailDomainSetupCancelledEvent event) {
        setupCancelling = false;
        statusBeforeRemoval = DomainStatus.FAILED;
        stalwartDomainId = event.leftoverStalwartDomainId();
    }

    @EventSourcingHandler
    void on(MailDomainRemovalRefusedEvent event) {
        status = event.restoredStatus();
    }

    @EventSourcingHandler
    void on(MailDomainRemovedEvent event) {
        status = DomainStatus.REMOVED;
    }
}
