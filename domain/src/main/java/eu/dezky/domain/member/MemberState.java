package eu.dezky.domain.member;

import eu.dezky.api.member.MemberAccountRepairedEvent;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberCreatedEvent;
import eu.dezky.api.member.MemberDetailsChangedEvent;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberLinkedEvent;
import eu.dezky.api.member.MemberOperationCompletedEvent;
import eu.dezky.api.member.MemberOperationFailedEvent;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.MemberOperationStartedEvent;
import eu.dezky.api.member.MemberProvisionedEvent;
import eu.dezky.api.member.MemberProvisioningFailedEvent;
import eu.dezky.api.member.MemberRemovalStartedEvent;
import eu.dezky.api.member.MemberRemovedEvent;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberSsoSubjectRecordedEvent;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberStepRecordedEvent;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import java.util.EnumMap;
import java.util.Map;

/**
 * A member's state as its events leave it: the fields {@link MemberAggregate}'s rules read, and the event sourcing
 * handlers that alone change them (kept apart so the rules read on one page).
 */
abstract class MemberState {

    @AggregateIdentifier
    MemberId memberId;
    /** The operation running now (or the last one), stamped on every event it causes. */
    String operationId;
    TenantId tenantId;
    MailAddress mailbox;
    MemberStatus status;
    /** The member's object id per system, as the onboarding (or linking) reported it; gone once compensated. */
    final Map<MemberSystem, String> accounts = new EnumMap<>(MemberSystem.class);
    String runningOperation;
    MemberOperationKind runningKind;
    /** The last lifecycle operation started: a saga that sends its start again (after a restart) changes nothing. */
    String lastOperation;
    String ssoSubject;
    boolean linked;
    MemberRole role;

    @EventSourcingHandler
    void on(MemberCreatedEvent event) {
        operationId = event.operationId();
        role = event.role();
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
        role = event.role();
        memberId = event.memberId();
        tenantId = event.tenantId();
        mailbox = event.mailbox();
        status = MemberStatus.PROVISIONING;
        linked = true;
    }

    /** The removal's steps leave the recorded ids as they were: its event carried them already. */
    @EventSourcingHandler
    void on(MemberStepRecordedEvent event) {
        if (status != MemberStatus.REMOVING && event.step().state() == StepState.COMPENSATED) {
            accounts.remove(event.step().system());
        } else if (status != MemberStatus.REMOVING && event.externalId() != null) {
            accounts.put(event.step().system(), event.externalId());
        }
    }

    @EventSourcingHandler
    void on(MemberAccountRepairedEvent event) {
        accounts.put(event.system(), event.externalId());
        if (event.ssoSubject() != null) {
            ssoSubject = event.ssoSubject();
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
        lastOperation = event.operationId();
        runningOperation = event.operationId();
        runningKind = event.kind();
    }

    @EventSourcingHandler
    void on(MemberDetailsChangedEvent event) {
        operationId = event.operationId();
        runningOperation = event.operationId();
        runningKind = MemberOperationKind.UPDATE;
        role = event.role() == null ? role : event.role();
    }

    @EventSourcingHandler
    void on(MemberOperationCompletedEvent event) {
        status = event.kind() == MemberOperationKind.SUSPEND ? MemberStatus.SUSPENDED
                : event.kind() == MemberOperationKind.RESUME ? MemberStatus.ACTIVE : status;
        runningOperation = null;
        runningKind = null;
    }

    @EventSourcingHandler
    void on(MemberOperationFailedEvent event) {
        runningOperation = null;
        runningKind = null;
    }
}
