package eu.dezky.domain.member;

import eu.dezky.domain.claim.MailAddressClaimAggregate;
import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.member.ChangeMemberDetailsCommand;
import eu.dezky.api.member.MemberAccountRepairedEvent;
import eu.dezky.api.member.RecordMemberAccountRepairedCommand;
import eu.dezky.api.member.CreateMemberCommand;
import eu.dezky.api.member.LinkMemberCommand;
import eu.dezky.api.member.MemberCreatedEvent;
import eu.dezky.api.member.MemberDetailsChangedEvent;
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
import eu.dezky.api.member.MemberRole;
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
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateRoot;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A member of one tenant, created once its mailbox address is claimed ({@link MailAddressClaimAggregate}). The
 * sagas report each system's step and the outcome; a report that no longer fits (a late retry) is ignored. No secret
 * reaches it: the one-time password stays in the vault, only its reference is recorded. Once active, lifecycle
 * operations run one at a time, starting with the accounts onboarding recorded; the removal gets those ids too. A
 * linked membership (the same person in another tenant) shares them and has no lifecycle operations of its own.
 */
@AggregateRoot(type = "Member")
public class MemberAggregate extends MemberState {

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

    /** A repair re-created an account of an active or suspended member; a late report for anyone else is ignored. */
    @CommandHandler
    void handle(RecordMemberAccountRepairedCommand command) {
        if ((status == MemberStatus.ACTIVE || status == MemberStatus.SUSPENDED) && command.externalId() != null) {
            apply(new MemberAccountRepairedEvent(memberId, tenantId, command.system(), command.externalId(),
                    command.ssoSubject(), command.operationId()));
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
        if (command.operationId().equals(lastOperation)) {
            return;
        }
        MemberOperationRules.requireNotLinked(linked, mailbox);
        MemberOperationRules.requireNoneRunning(runningOperation, runningKind, mailbox);
        MemberOperationRules.requireAllowed(command.kind(), status, mailbox);
        if (command.kind() == MemberOperationKind.UPDATE) {
            throw new IllegalArgumentException("an update starts with a ChangeMemberDetailsCommand");
        }
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
     * A PATCH: what differs from the recorded values becomes the event (a name given again is propagated again, so a
     * failed propagation is retried by repeating the PATCH). Refused like the lifecycle operations while another
     * runs or the member is not ACTIVE or SUSPENDED; a linked membership may change its role only (its name is the
     * person's, kept by their home membership).
     */
    @CommandHandler
    void handle(ChangeMemberDetailsCommand command) {
        if (!tenantId.equals(command.tenantId())) {
            throw new RuleViolationException("member-not-found", "the tenant has no member '" + memberId + "'");
        }
        if (command.displayName() != null) {
            MemberOperationRules.requireNotLinked(linked, mailbox);
        }
        MemberOperationRules.requireNoneRunning(runningOperation, runningKind, mailbox);
        MemberOperationRules.requireAllowed(MemberOperationKind.UPDATE, status, mailbox);
        MemberRole newRole = command.role() == null || command.role() == role ? null : command.role();
        apply(new MemberDetailsChangedEvent(memberId, tenantId, command.operationId(), command.displayName(), newRole,
                mailbox, accounts));
    }

    /** Starts the removal where {@link MemberOperationRules#removalStarts} allows it. */
    @CommandHandler
    void handle(RemoveMemberCommand command) {
        if (!tenantId.equals(command.tenantId())) {
            throw new RuleViolationException("member-not-found", "the tenant has no member '" + memberId + "'");
        }
        MemberOperationRules.requireNoneRunning(runningOperation, runningKind, mailbox);
        if (MemberOperationRules.removalStarts(status, mailbox)) {
            apply(new MemberRemovalStartedEvent(memberId, tenantId, mailbox, accounts.get(MemberSystem.SSO),
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
}
