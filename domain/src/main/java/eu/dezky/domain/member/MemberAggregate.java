package eu.dezky.domain.member;

import eu.dezky.domain.claim.MailAddressClaimAggregate;
import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.member.CreateMemberCommand;
import eu.dezky.api.member.LinkMemberCommand;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberCreatedEvent;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberLinkedEvent;
import eu.dezky.api.member.MemberOperationCompletedEvent;
import eu.dezky.api.member.MemberOperationFailedEvent;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.MemberOperationStartedEvent;
import eu.dezky.api.member.MemberOperationStepRecordedEvent;
import eu.dezky.api.member.MemberProvisionedEvent;
import eu.dezky.api.member.MemberProvisioningFailedEvent;
import eu.dezky.api.member.MemberRemovalStartedEvent;
import eu.dezky.api.member.MemberRemovedEvent;
import eu.dezky.api.member.MemberSsoSubjectRecordedEvent;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberStepRecordedEvent;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.RecordMemberProvisionedCommand;
import eu.dezky.api.member.RecordMemberProvisioningFailedCommand;
import eu.dezky.api.member.RecordMemberOperationCompletedCommand;
import eu.dezky.api.member.RecordMemberOperationFailedCommand;
import eu.dezky.api.member.RecordMemberOperationStepCommand;
import eu.dezky.api.member.RecordMemberRemovedCommand;
import eu.dezky.api.member.RecordMemberSsoSubjectCommand;
import eu.dezky.api.member.RecordMemberStepCommand;
import eu.dezky.api.member.RemoveMemberCommand;
import eu.dezky.api.member.StartMemberOperationCommand;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;

import java.util.EnumMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A member of one tenant. Created once its mailbox address has been claimed (see {@link MailAddressClaimAggregate});
 * the onboarding saga reports each system's step and the outcome. Those reports are idempotent: a report that no
 * longer fits (a late retry after the outcome) is ignored. No secret ever reaches this aggregate: the one-time
 * password stays in the vault and only its reference is recorded. Once active, lifecycle operations (suspend,
 * resume, force logout, reset password) run one at a time; each starts with the accounts onboarding recorded.
 * A member who is not provisioning can be removed (see {@code MemberRemovalSaga}); the removal gets the ids of
 * the objects the onboarding left in each system. A linked membership (the same person in another tenant) shares
 * those objects and has no lifecycle operations of its own.
 */
@AggregateRoot(type = "Member")
public class MemberAggregate {

    @AggregateIdentifier
    private MemberId memberId;
    /** The operation running now (or the last one), stamped on every event it causes. */
    private String operationId;
    private TenantId tenantId;
    private MailAddress mailbox;
    private MemberStatus status;
    /** The member's object id per system, as the onboarding (or linking) reported it; gone once compensated. */
    private final Map<MemberSystem, String> accounts = new EnumMap<>(MemberSystem.class);
    private String runningOperation;
    private MemberOperationKind runningKind;
    private String ssoSubject;
    private boolean linked;

    /** Axon rebuilds the aggregate from its events through this constructor. */
    MemberAggregate() {
    }

    @CommandHandler
    MemberAggregate(CreateMemberCommand command) {
        apply(new MemberCreatedEvent(command.memberId(), command.tenantId(), command.displayName(), command.username(),
                command.role(), command.mailbox(), command.secretRef(), command.operationId()));
    }

    @CommandHandler
    MemberAggregate(LinkMemberCommand command) {
        apply(new MemberLinkedEvent(command.memberId(), command.tenantId(), command.displayName(), command.username(),
                command.role(), command.mailbox(), command.sharedWith(), command.operationId()));
    }

    @CommandHandler
    void handle(RecordMemberStepCommand command) {
        if (status == MemberStatus.PROVISIONING || status == MemberStatus.REMOVING
                || command.step().state().compensating()) {
            apply(new MemberStepRecordedEvent(memberId, tenantId, command.step(), command.externalId(), operationId));
        }
    }

    /** Recorded once per subject while provisioning; a repeat after a retried SSO step is not a new fact. */
    @CommandHandler
    void handle(RecordMemberSsoSubjectCommand command) {
        if (status == MemberStatus.PROVISIONING && command.subject() != null && !command.subject().isBlank()
                && !command.subject().equals(ssoSubject)) {
            apply(new MemberSsoSubjectRecordedEvent(memberId, tenantId, command.subject()));
        }
    }

    @CommandHandler
    void handle(RecordMemberProvisionedCommand command) {
        if (status == MemberStatus.PROVISIONING) {
            apply(new MemberProvisionedEvent(memberId, tenantId, operationId));
        }
    }

    @CommandHandler
    void handle(RecordMemberProvisioningFailedCommand command) {
        if (status == MemberStatus.PROVISIONING) {
            apply(new MemberProvisioningFailedEvent(memberId, tenantId, mailbox, command.reason(), operationId));
        }
    }

    @CommandHandler
    void handle(StartMemberOperationCommand command) {
        if (linked) {
            throw new RuleViolationException("member-linked", "the member " + mailbox + " shares the person's"
                    + " accounts with their membership in another tenant; suspend, resume, log out or reset the"
                    + " password there, or remove this membership");
        }
        requireNoOperationRunning();
        MemberOperationRules.requireAllowed(command.kind(), status, mailbox);
        apply(new MemberOperationStartedEvent(memberId, tenantId, command.operationId(), command.kind(), mailbox,
                accounts, command.secretRef()));
    }

    @CommandHandler
    void handle(RecordMemberOperationStepCommand command) {
        if (command.operationId().equals(runningOperation)) {
            apply(new MemberOperationStepRecordedEvent(memberId, tenantId, runningOperation, runningKind,
                    command.step()));
        }
    }

    /**
     * Starts the removal from ACTIVE, SUSPENDED or FAILED (a failed onboarding may have left accounts that need
     * attention). While onboarding or a lifecycle operation runs the member cannot be removed; a removal running or
     * done makes it a no-op.
     */
    @CommandHandler
    void handle(RemoveMemberCommand command) {
        if (!tenantId.equals(command.tenantId())) {
            throw new RuleViolationException("member-not-found", "the tenant has no member '" + memberId + "'");
        }
        requireNoOperationRunning();
        switch (status) {
            case PROVISIONING -> throw new RuleViolationException("member-busy", "the member " + mailbox
                    + " is still being provisioned; remove them once onboarding has finished (active or failed)");
            case REMOVING, REMOVED -> {
            }
            default -> apply(new MemberRemovalStartedEvent(memberId, tenantId, mailbox, accounts.get(MemberSystem.SSO),
                    accounts.get(MemberSystem.MAILBOX), accounts.get(MemberSystem.FILES), holdsAddress(), command.operationId()));
        }
    }

    @CommandHandler
    void handle(RecordMemberOperationCompletedCommand command) {
        if (command.operationId().equals(runningOperation)) {
            apply(new MemberOperationCompletedEvent(memberId, tenantId, runningOperation, runningKind));
        }
    }

    @CommandHandler
    void handle(RecordMemberOperationFailedCommand command) {
        if (command.operationId().equals(runningOperation)) {
            apply(new MemberOperationFailedEvent(memberId, tenantId, runningOperation, runningKind, command.reason()));
        }
    }

    private void requireNoOperationRunning() {
        if (runningOperation != null) {
            throw new RuleViolationException("operation-running", "the member " + mailbox + " has a "
                    + runningKind.wireName() + " operation running (" + runningOperation + "); wait until it ends");
        }
    }

    @CommandHandler
    void handle(RecordMemberRemovedCommand command) {
        if (status == MemberStatus.REMOVING) {
            apply(new MemberRemovedEvent(memberId, tenantId, mailbox, command.mailboxKept(), operationId));
        }
    }

    /**
     * Whether the member still holds its address claim: a failed onboarding releases it exactly when it left no
     * account behind (MemberOnboardingSaga); a linked membership keeps holding its share until it is removed.
     */
    private boolean holdsAddress() {
        return status != MemberStatus.FAILED || linked || !accounts.isEmpty();
    }

    @EventSourcingHandler
    void on(MemberCreatedEvent event) {
        operationId = event.operationId();
        memberId = event.memberId();
        tenantId = event.tenantId();
        mailbox = event.mailbox();
        status = MemberStatus.PROVISIONING;
    }

    @EventSourcingHandler
    void on(MemberSsoSubjectRecordedEvent event) {
        ssoSubject = event.subject();
    }

    @EventSourcingHandler
    void on(MemberLinkedEvent event) {
        operationId = event.operationId();
        memberId = event.memberId();
        tenantId = event.tenantId();
        mailbox = event.mailbox();
        status = MemberStatus.PROVISIONING;
        linked = true;
    }

    @EventSourcingHandler
    void on(MemberStepRecordedEvent event) {
        if (status == MemberStatus.REMOVING) {
            return;
        }
        if (event.step().state() == StepState.COMPENSATED) {
            accounts.remove(event.step().system());
        } else if (event.externalId() != null) {
            accounts.put(event.step().system(), event.externalId());
        }
    }

    @EventSourcingHandler
    void on(MemberRemovalStartedEvent event) {
        operationId = event.operationId();
        status = MemberStatus.REMOVING;
    }

    @EventSourcingHandler
    void on(MemberRemovedEvent event) {
        status = MemberStatus.REMOVED;
    }

    @EventSourcingHandler
    void on(MemberProvisionedEvent event) {
        status = MemberStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(MemberProvisioningFailedEvent event) {
        status = MemberStatus.FAILED;
    }

    @EventSourcingHandler
    void on(MemberOperationStartedEvent event) {
        runningOperation = event.operationId();
        runningKind = event.kind();
    }

    @EventSourcingHandler
    void on(MemberOperationCompletedEvent event) {
        if (event.kind() == MemberOperationKind.SUSPEND) {
            status = MemberStatus.SUSPENDED;
        } else if (event.kind() == MemberOperationKind.RESUME) {
            status = MemberStatus.ACTIVE;
        }
        runningOperation = null;
        runningKind = null;
    }

    @EventSourcingHandler
    void on(MemberOperationFailedEvent event) {
        runningOperation = null;
        runningKind = null;
    }
}
