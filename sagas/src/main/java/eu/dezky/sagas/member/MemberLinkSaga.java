package eu.dezky.sagas.member;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import eu.dezky.adapters.http.AdapterException;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberLinkedEvent;
import eu.dezky.api.member.MemberProvisionedEvent;
import eu.dezky.api.member.MemberProvisioningFailedEvent;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.RecordMemberProvisionedCommand;
import eu.dezky.api.member.RecordMemberProvisioningFailedCommand;
import eu.dezky.api.member.RecordMemberStepCommand;
import eu.dezky.api.operation.StepState;
import eu.dezky.sagas.Attempts;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.springframework.beans.factory.annotation.Autowired;

import static eu.dezky.sagas.member.MemberSystems.next;

/**
 * Onboards a membership linked to the same person's membership in another tenant: nothing is created and no password
 * is set. The existing SSO identity joins this tenant's group {@code dezky-<slug>}; the mailbox and the oCIS account
 * are shared. Each step records the shared object's id (so a later removal, if it is the last membership, can tear
 * it down) with the detail "shared with the membership in tenant …". Transient failures retry on a deadline; a
 * permanent one fails the membership without undoing anything shared: removing the membership cleans up its group.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class MemberLinkSaga {

    static final String RETRY = "member-link-retry";

    @Autowired
    private transient MemberAccounts accounts;
    @Autowired
    private transient CommandGateway commandGateway;
    @Autowired
    private transient DeadlineManager deadlineManager;
    @Autowired
    private transient MemberSagaSettings settings;

    private MemberId memberId;
    private MemberAccounts.Member member;
    private String sharedWith;
    private MemberSystem current;
    private Attempts attempts = Attempts.NONE;

    @StartSaga
    @SagaEventHandler(associationProperty = "memberId")
    void on(MemberLinkedEvent event) {
        memberId = event.memberId();
        member = new MemberAccounts.Member(event.tenantId().slug(), memberId.value(), event.displayName(),
                event.mailbox());
        sharedWith = event.sharedWith().slug();
        current = MemberSystem.SSO;
        link();
    }

    @DeadlineHandler(deadlineName = RETRY)
    void retry() {
        link();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "memberId")
    void on(MemberProvisionedEvent event) {
        // linked
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "memberId")
    void on(MemberProvisioningFailedEvent event) {
        // the failure is recorded with its reason
    }

    private void link() {
        while (current != null) {
            if (!settings.enabled(current)) {
                report(StepState.SKIPPED, 0, "provisioning is switched off", null);
            } else {
                try {
                    String id = accounts.share(current, member);
                    report(StepState.DONE, 0, "shared with the membership in tenant " + sharedWith
                            + (current == MemberSystem.SSO ? "; added to the group dezky-" + member.tenant() : ""), id);
                } catch (AdapterException e) {
                    attempts = attempts.failed();
                    if (e.kind() == AdapterException.Kind.TRANSIENT
                            && attempts.allowRetry(settings.attempts(current))) {
                        report(StepState.RETRYING, attempts.count(), e.reason(), null);
                        deadlineManager.schedule(attempts.nextDelay(settings.backoff(), e), RETRY);
                        return;
                    }
                    String reason = "could not share the account of the membership in tenant " + sharedWith + ": "
                            + e.reason() + "; remove this membership, fix the cause, then link the person again";
                    report(StepState.FAILED, attempts.count(), reason, null);
                    commandGateway.send(new RecordMemberProvisioningFailedCommand(memberId, reason));
                    return;
                }
            }
            attempts = Attempts.NONE;
            current = next(current);
        }
        commandGateway.send(new RecordMemberProvisionedCommand(memberId));
    }

    private void report(StepState state, int attempt, String detail, String externalId) {
        commandGateway.send(new RecordMemberStepCommand(memberId,
                MemberSystems.status(settings, current, state, attempt, detail), externalId));
    }
}
