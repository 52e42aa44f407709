package eu.dezky.projections.audit;

import eu.dezky.api.operation.StepState;
import eu.dezky.api.claim.MailAddressClaimConfirmedEvent;
import eu.dezky.api.claim.MailAddressClaimedEvent;
import eu.dezky.api.claim.MailAddressJoinedEvent;
import eu.dezky.api.claim.MailAddressLeftEvent;
import eu.dezky.api.claim.MailAddressReleasedEvent;
import eu.dezky.api.member.MemberCreatedEvent;
import eu.dezky.api.member.MemberDetailsChangedEvent;
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
import eu.dezky.api.member.MemberStepRecordedEvent;
import eu.dezky.api.member.StepStatus;

import java.util.Locale;

import static eu.dezky.projections.audit.AuditDescription.FAILED;
import static eu.dezky.projections.audit.AuditDescription.PROGRESS;
import static eu.dezky.projections.audit.AuditDescription.REQUESTED;
import static eu.dezky.projections.audit.AuditDescription.SUCCEEDED;

/** The words for member events and mail-address claims. A member is shown by their mailbox. */
final class MemberWords {

    private static final String CREATED = "created member";

    private MemberWords() {
    }

    static void register(Describers describers) {
        describers
                .add(MemberCreatedEvent.class, (e, s) -> {
                    s.remember(e.memberId().value(), e.mailbox().value(), CREATED);
                    return member(CREATED, e.memberId(), s, REQUESTED).withDetail("role " + wire(e.role().name()));
                })
                .add(MemberLinkedEvent.class, (e, s) -> {
                    s.remember(e.memberId().value(), e.mailbox().value(), "added member");
                    return member("added member", e.memberId(), s, REQUESTED)
                            .withDetail("sharing the accounts of tenant " + e.sharedWith().slug());
                })
                .add(MemberStepRecordedEvent.class, (e, s) -> ongoing(e.memberId(), s, PROGRESS)
                        .withDetail(step(e.step())))
                .add(MemberSsoSubjectRecordedEvent.class, (e, s) -> ongoing(e.memberId(), s, PROGRESS)
                        .withDetail("SSO subject recorded"))
                .add(MemberProvisionedEvent.class, (e, s) -> ongoing(e.memberId(), s, SUCCEEDED))
                .add(MemberProvisioningFailedEvent.class, (e, s) -> ongoing(e.memberId(), s, FAILED)
                        .withDetail(e.reason()))
                .add(MemberRemovalStartedEvent.class, (e, s) -> {
                    s.remember(e.memberId().value(), e.mailbox().value(), "removed member");
                    return member("removed member", e.memberId(), s, REQUESTED);
                })
                .add(MemberRemovedEvent.class, (e, s) -> member("removed member", e.memberId(), s, SUCCEEDED)
                        .withDetail(e.mailboxKept() ? "accounts kept for another membership" : null))
                .add(MemberOperationStartedEvent.class, (e, s) -> member(verb(e.kind()), e.memberId(), s, REQUESTED)
                        .withOperation(e.operationId()))
                .add(MemberDetailsChangedEvent.class, (e, s) -> member(verb(MemberOperationKind.UPDATE), e.memberId(),
                        s, REQUESTED).withDetail(details(e)).withOperation(e.operationId()))
                .add(MemberOperationStepRecordedEvent.class, (e, s) -> member(verb(e.kind()), e.memberId(), s,
                        PROGRESS).withDetail(step(e.step())).withOperation(e.operationId()))
                .add(MemberOperationCompletedEvent.class, (e, s) -> member(verb(e.kind()), e.memberId(), s, SUCCEEDED)
                        .withOperation(e.operationId()))
                .add(MemberOperationFailedEvent.class, (e, s) -> member(verb(e.kind()), e.memberId(), s, FAILED)
                        .withDetail(e.reason()).withOperation(e.operationId()))
                .add(MailAddressClaimedEvent.class, (e, s) -> address("reserved address", e.address().value())
                        .withDetail("for " + e.claimant() + (e.provisional() ? " (provisional)" : "")))
                .add(MailAddressClaimConfirmedEvent.class, (e, s) -> address("confirmed address", e.address().value())
                        .withDetail("for " + e.claimant()))
                .add(MailAddressJoinedEvent.class, (e, s) -> address("shared address", e.address().value())
                        .withDetail("with " + e.claimant()))
                .add(MailAddressLeftEvent.class, (e, s) -> address("gave up address", e.address().value())
                        .withDetail(e.claimant() + (e.lastHolder() ? ", the last holder" : "")))
                .add(MailAddressReleasedEvent.class, (e, s) -> address("released address", e.address().value()));
    }

    /** {@code suspended}, {@code resumed}, {@code logged out}, {@code reset the password of}. */
    static String verb(MemberOperationKind kind) {
        return switch (kind) {
            case SUSPEND -> "suspended";
            case RESUME -> "resumed";
            case LOGOUT -> "logged out";
            case RESET_PASSWORD -> "reset the password of";
            case UPDATE -> "changed";
        };
    }

    /** {@code display name "Ann B.", role admin}; {@code nothing new} when the PATCH repeated the values. */
    private static String details(MemberDetailsChangedEvent e) {
        String name = e.displayName() == null ? null : "display name \"" + e.displayName() + "\"";
        String role = e.role() == null ? null : "role " + wire(e.role().name());
        return name == null && role == null ? "nothing new" : name == null ? role
                : role == null ? name : name + ", " + role;
    }

    /** {@code SSO done}, {@code mailbox retrying 2/8: timeout}. */
    static String step(StepStatus step) {
        String system = step.system().name().equals("SSO") ? "SSO" : wire(step.system().name());
        // tries only explain a step still at it or given up; a done step reads as done
        String attempts = step.maxAttempts() > 0 && step.attempt() > 0 && step.state() != StepState.DONE
                ? " " + step.attempt() + "/" + step.maxAttempts() : "";
        return system + " " + wire(step.state().name()) + attempts + (step.detail() == null ? "" : ": " + step.detail());
    }

    private static AuditDescription member(String action, MemberId id, AuditSubjects subjects, String outcome) {
        return AuditDescription.of(action, "member", id.value(), subjects.known(id.value(), action).label(), outcome);
    }

    /** A step or outcome of what is under way on the member (its creation, unless its removal started). */
    private static AuditDescription ongoing(MemberId id, AuditSubjects subjects, String outcome) {
        AuditSubjects.Known known = subjects.known(id.value(), CREATED);
        return AuditDescription.of(known.activity(), "member", id.value(), known.label(), outcome);
    }

    private static AuditDescription address(String action, String address) {
        return AuditDescription.of(action, "address", address, address, PROGRESS);
    }

    private static String wire(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
