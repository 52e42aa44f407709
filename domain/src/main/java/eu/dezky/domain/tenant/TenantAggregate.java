package eu.dezky.domain.tenant;

import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.reconcile.RecordTenantReconciliationCommand;
import eu.dezky.api.reconcile.RecordTenantRepairStepCommand;
import eu.dezky.api.reconcile.RecordTenantRepairedCommand;
import eu.dezky.api.reconcile.StartTenantRepairCommand;
import eu.dezky.api.reconcile.TenantRepairStartedEvent;
import eu.dezky.api.reconcile.TenantRepairStepRecordedEvent;
import eu.dezky.api.reconcile.TenantRepairedEvent;
import eu.dezky.api.reconcile.StartTenantReconciliationCommand;
import eu.dezky.api.reconcile.TenantReconciledEvent;
import eu.dezky.api.reconcile.TenantReconciliationStartedEvent;
import eu.dezky.api.tenant.ApproveMailDomainRemovalCommand;
import eu.dezky.api.tenant.AttachMailDomainCommand;
import eu.dezky.api.tenant.ChangeTenantDetailsCommand;
import eu.dezky.api.tenant.ChangeTenantSubscriptionCommand;
import eu.dezky.api.tenant.CreateTenantCommand;
import eu.dezky.api.tenant.DetachMailDomainCommand;
import eu.dezky.api.tenant.MailDomainAttachedEvent;
import eu.dezky.api.tenant.MailDomainDetachedEvent;
import eu.dezky.api.tenant.OffboardTenantCommand;
import eu.dezky.api.tenant.PrimaryMailDomainChangedEvent;
import eu.dezky.api.tenant.RecordTenantOperationEndedCommand;
import eu.dezky.api.tenant.RecordTenantOperationStepCommand;
import eu.dezky.api.tenant.RecordTenantStepRefusedCommand;
import eu.dezky.api.tenant.ResumeTenantCommand;
import eu.dezky.api.tenant.SuspendTenantCommand;
import eu.dezky.api.tenant.TenantCreatedEvent;
import eu.dezky.api.tenant.TenantDetailsChangedEvent;
import eu.dezky.api.tenant.TenantAdmin;
import eu.dezky.api.tenant.TenantOffboardingStartedEvent;
import eu.dezky.api.tenant.TenantOperationEndedEvent;
import eu.dezky.api.tenant.TenantOperationStepRecordedEvent;
import eu.dezky.api.tenant.TenantResumedEvent;
import eu.dezky.api.tenant.TenantStepRefusedEvent;
import eu.dezky.api.tenant.TenantSubscriptionChangedEvent;
import eu.dezky.api.tenant.TenantSuspendedEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateRoot;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A customer of the platform. Its identifier is the slug, so a second create of the same slug collides on the
 * event store's unique key and is rejected as a conflict, even when both creates race. It knows its mail domains
 * and which one is primary (new members' mailboxes are created there), its plan (subscription), its display name
 * and admins. Its lifecycle (suspend, resume, offboard) runs one operation at a time ({@link TenantLifecycleRules});
 * the sagas report each step and the end, and a report for an operation no longer running is ignored.
 */
@AggregateRoot(type = "Tenant")
public class TenantAggregate extends TenantState {

    /** Axon rebuilds the aggregate from its events through this constructor. */
    TenantAggregate() {
    }

    @CommandHandler
    TenantAggregate(CreateTenantCommand command) {
        apply(new TenantCreatedEvent(command.tenantId(), command.displayName(), command.owner(), command.partnerId()));
    }

    /** Sent by the domain policy, which may deliver twice: a domain already attached changes nothing. */
    @CommandHandler
    void handle(AttachMailDomainCommand command) {
        if (domains.contains(command.domain())) {
            return;
        }
        apply(new MailDomainAttachedEvent(tenantId, command.domain()));
        if (primary == null) {
            apply(new PrimaryMailDomainChangedEvent(tenantId, command.domain()));
        }
    }

    /**
     * Asked before a removal starts. Only the primary domain needs approval, and only while the tenant has others:
     * then {@code newPrimary} must be one of them. A domain not (yet) attached has nothing to protect. A
     * {@code newPrimary} given for a domain that is not the primary is ignored: removing it does not touch the primary.
     */
    @CommandHandler
    void handle(ApproveMailDomainRemovalCommand command) {
        DomainName removed = command.domain();
        if (!removed.equals(primary)) {
            return;
        }
        List<DomainName> others = domains.stream().filter(d -> !d.equals(removed)).toList();
        if (others.isEmpty()) {
            return;
        }
        DomainName next = command.newPrimary();
        if (next == null || !others.contains(next)) {
            throw new RuleViolationException("primary-domain", removed + " is the primary mail domain; to remove it,"
                    + " choose one of the other domains as the new primary: " + String.join(", ",
                    others.stream().map(DomainName::value).toList()));
        }
        apply(new PrimaryMailDomainChangedEvent(tenantId, next));
    }

    /**
     * Sent by the domain policy once a domain is gone. If it was still the primary, the tenant is left without one
     * (primary null) rather than given an arbitrary other domain: new mailboxes must land on a domain someone chose.
     */
    @CommandHandler
    void handle(DetachMailDomainCommand command) {
        if (!domains.contains(command.domain())) {
            return;
        }
        apply(new MailDomainDetachedEvent(tenantId, command.domain()));
        if (command.domain().equals(primary)) {
            apply(new PrimaryMailDomainChangedEvent(tenantId, null));
        }
    }

    /** Every change of plan is an event (MRR history is built from them); setting the same plan again changes nothing. */
    @CommandHandler
    void handle(ChangeTenantSubscriptionCommand command) {
        if (!command.subscription().equals(subscription)) {
            apply(new TenantSubscriptionChangedEvent(tenantId, command.subscription()));
        }
    }

    @CommandHandler
    void handle(SuspendTenantCommand command) {
        TenantLifecycleRules.requireNotOffboarded(tenantId, status);
        TenantLifecycleRules.requireNoneRunning(tenantId, runningOperation, runningKind);
        apply(new TenantSuspendedEvent(tenantId, command.operationId(), command.members()));
    }

    @CommandHandler
    void handle(ResumeTenantCommand command) {
        TenantLifecycleRules.requireSuspended(tenantId, status);
        TenantLifecycleRules.requireNoneRunning(tenantId, runningOperation, runningKind);
        apply(new TenantResumedEvent(tenantId, command.operationId()));
    }

    /** Starts the offboarding, or a retry of one that stopped; answers the offboarding's operation id. */
    @CommandHandler
    String handle(OffboardTenantCommand command) {
        if (TenantLifecycleRules.offboardingRuns(tenantId, status, offboarding, runningOperation)) {
            return offboarding;
        }
        TenantLifecycleRules.requireNoneRunning(tenantId, runningOperation, runningKind);
        String operation = offboarding != null ? offboarding : command.operationId();
        apply(new TenantOffboardingStartedEvent(tenantId, operation, command.lists(), command.aliases(),
                command.members(), command.domains()));
        return operation;
    }

    @CommandHandler
    void handle(RecordTenantOperationStepCommand command) {
        if (command.operationId().equals(runningOperation)) {
            apply(new TenantOperationStepRecordedEvent(tenantId, runningOperation, runningKind, command.step()));
        }
    }

    @CommandHandler
    void handle(RecordTenantStepRefusedCommand command) {
        if (command.operationId().equals(runningOperation)) {
            apply(new TenantStepRefusedEvent(tenantId, runningOperation, command.step(), command.code(),
                    command.reason()));
        }
    }

    @CommandHandler
    void handle(RecordTenantOperationEndedCommand command) {
        if (command.operationId().equals(runningOperation)) {
            apply(new TenantOperationEndedEvent(tenantId, runningOperation, runningKind, command.failure(),
                    command.leftovers()));
        }
    }

    /** A PATCH; values equal to the recorded ones are left out, and nothing left means no event. */
    @CommandHandler
    void handle(ChangeTenantDetailsCommand command) {
        String name = command.displayName() == null || command.displayName().equals(displayName) ? null
                : command.displayName();
        List<TenantAdmin> newAdmins = command.admins() == null || command.admins().equals(admins) ? null
                : command.admins();
        if (name != null || newAdmins != null) {
            apply(new TenantDetailsChangedEvent(tenantId, name, newAdmins));
        }
    }

    /** A comparison with the external systems; the reconciler reports its findings with the command below. */
    @CommandHandler
    void handle(StartTenantReconciliationCommand command) {
        apply(new TenantReconciliationStartedEvent(tenantId, command.operationId(), command.scheduled()));
    }

    /** Recorded as reported: the findings are facts about the systems, not a decision of this tenant's. */
    @CommandHandler
    void handle(RecordTenantReconciliationCommand command) {
        apply(new TenantReconciledEvent(tenantId, command.operationId(), command.integrations()));
    }

    /** A repair of what a reconciliation found; the repair saga reports each object and the end below. */
    @CommandHandler
    void handle(StartTenantRepairCommand command) {
        apply(new TenantRepairStartedEvent(tenantId, command.operationId(), command.items()));
    }

    @CommandHandler
    void handle(RecordTenantRepairStepCommand command) {
        apply(new TenantRepairStepRecordedEvent(tenantId, command.operationId(), command.step()));
    }

    @CommandHandler
    void handle(RecordTenantRepairedCommand command) {
        apply(new TenantRepairedEvent(tenantId, command.operationId(), command.reason()));
    }
}
