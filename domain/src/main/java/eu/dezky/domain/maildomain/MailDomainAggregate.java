package eu.dezky.domain.maildomain;

import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.domain.AbandonMailDomainTakeoverCommand;
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
import eu.dezky.api.domain.DmarcPolicyChangedEvent;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.MailDomainAddedEvent;
import eu.dezky.api.domain.MailDomainCheckRequestedEvent;
import eu.dezky.api.domain.MailDomainCheckedEvent;
import eu.dezky.api.domain.MailDomainProvisionedEvent;
import eu.dezky.api.domain.MailDomainProvisioningFailedEvent;
import eu.dezky.api.domain.MailDomainRemovalRefusedEvent;
import eu.dezky.api.domain.MailDomainRemovalRequestedEvent;
import eu.dezky.api.domain.MailDomainRemovedEvent;
import eu.dezky.api.domain.MailDomainTakeoverAbandonedEvent;
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
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A mail domain a tenant brought. Its identifier is the domain name, so the event store's unique key makes a name
 * platform-wide unique; a REMOVED domain lives on as history and is revived by the next add, from any tenant.
 * Commands from tenants must name the owner: another tenant's domain "does not exist" for them. The reports of
 * the sagas ({@code Record…}) are idempotent: one that no longer fits the state (a retry, a late answer) is ignored.
 * A domain whose ownership record was never seen is provisional ({@link OwnershipRule}): it expires, and a tenant that
 * proves ownership takes it over; both release it, its users first. Its state and event handlers: {@link MailDomainState}.
 */
@AggregateRoot(type = "MailDomain")
public class MailDomainAggregate extends MailDomainState {

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
            apply(new MailDomainRemovalRefusedEvent(domain, tenantId, List.copyOf(command.blockers()),
                    statusBeforeRemoval, operationId, takeoverOperationId));
        }
    }

    @CommandHandler
    void handle(RecordMailDomainRemovedCommand command) {
        if (status == DomainStatus.REMOVING) {
            apply(new MailDomainRemovedEvent(domain, tenantId, operationId));
        }
    }

    /** The claimant's add was refused; if it holds the domain after all, only the answer was lost. */
    @CommandHandler
    void handle(AbandonMailDomainTakeoverCommand command) {
        if (status == DomainStatus.REMOVED || !command.claimant().equals(tenantId)) {
            apply(new MailDomainTakeoverAbandonedEvent(domain, command.claimant(), command.takeoverOperationId(),
                    command.reason()));
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
}
