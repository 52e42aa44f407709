package eu.dezky.domain.member;

import eu.dezky.api.member.CreateMemberCommand;
import eu.dezky.api.member.MailAddress;
import eu.dezky.api.member.MemberCreatedEvent;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberProvisionedEvent;
import eu.dezky.api.member.MemberProvisioningFailedEvent;
import eu.dezky.api.member.MemberSsoSubjectRecordedEvent;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberStepRecordedEvent;
import eu.dezky.api.member.RecordMemberProvisionedCommand;
import eu.dezky.api.member.RecordMemberProvisioningFailedCommand;
import eu.dezky.api.member.RecordMemberSsoSubjectCommand;
import eu.dezky.api.member.RecordMemberStepCommand;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A member of one tenant. Created once its mailbox address has been claimed (see {@link MailAddressClaimAggregate});
 * the onboarding saga reports each system's step and the outcome. Those reports are idempotent: a report that no
 * longer fits (a late retry after the outcome) is ignored. No secret ever reaches this aggregate: the one-time
 * password stays in the vault and only its reference is recorded.
 */
@AggregateRoot(type = "Member")
public class MemberAggregate {

    @AggregateIdentifier
    private MemberId memberId;
    private TenantId tenantId;
    private MailAddress mailbox;
    private MemberStatus status;
    private String ssoSubject;

    /** Axon rebuilds the aggregate from its events through this constructor. */
    MemberAggregate() {
    }

    @CommandHandler
    MemberAggregate(CreateMemberCommand command) {
        apply(new MemberCreatedEvent(command.memberId(), command.tenantId(), command.displayName(), command.username(),
                command.role(), command.mailbox(), command.secretRef()));
    }

    @CommandHandler
    void handle(RecordMemberStepCommand command) {
        if (status == MemberStatus.PROVISIONING || command.step().state().compensating()) {
            apply(new MemberStepRecordedEvent(memberId, tenantId, command.step(), command.externalId()));
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
            apply(new MemberProvisionedEvent(memberId, tenantId));
        }
    }

    @CommandHandler
    void handle(RecordMemberProvisioningFailedCommand command) {
        if (status == MemberStatus.PROVISIONING) {
            apply(new MemberProvisioningFailedEvent(memberId, tenantId, mailbox, command.reason()));
        }
    }

    @EventSourcingHandler
    void on(MemberCreatedEvent event) {
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
    void on(MemberProvisionedEvent event) {
        status = MemberStatus.ACTIVE;
    }

    @EventSourcingHandler
    void on(MemberProvisioningFailedEvent event) {
        status = MemberStatus.FAILED;
    }
}
