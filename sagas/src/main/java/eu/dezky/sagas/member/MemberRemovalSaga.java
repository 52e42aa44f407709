package eu.dezky.sagas.member;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import eu.dezky.adapters.http.AdapterException;
import eu.dezky.api.claim.LeaveMailAddressCommand;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.claim.MailAddressLeftEvent;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberRemovalStartedEvent;
import eu.dezky.api.member.MemberRemovedEvent;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.RecordMemberRemovedCommand;
import eu.dezky.api.member.RecordMemberStepCommand;
import eu.dezky.api.claim.ReleaseMailAddressCommand;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.member.StepStatus;
import eu.dezky.sagas.Attempts;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static eu.dezky.sagas.member.MemberSystems.name;

/**
 * Removes a member. First the address claim decides, serially, whether another membership of the same person still
 * holds the address: then only this tenant's SSO group membership goes and the shared identity, mailbox and file
 * account are kept. Otherwise everything is torn down in reverse of onboarding: oCIS user → Stalwart mailbox →
 * Authentik identity (deleting it ends its group memberships too), and, only once the mailbox is gone, the address is
 * released (earlier, someone could claim it and adopt the old mailbox by name). Each step is reported; gone already
 * counts as done; transient failures retry on a deadline with backoff. Nothing can be "compensated" by recreating
 * accounts, so a step that keeps failing is parked as needs-attention with what an operator must delete, and the
 * remaining steps still run: deleting the SSO identity while the mailbox is stuck is safe because the address stays
 * claimed (nobody can get a new identity or mailbox of that name) and it ends the removed person's access at once.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class MemberRemovalSaga {

    static final String RETRY = "member-removal-retry";
    private static final List<MemberSystem> TEARDOWN = List.of(MemberSystem.FILES, MemberSystem.MAILBOX, MemberSystem.SSO);
    private static final List<MemberSystem> LEAVE = List.of(MemberSystem.SSO, MemberSystem.MAILBOX, MemberSystem.FILES);

    @Autowired
    private transient MemberAccounts accounts;
    @Autowired
    private transient CommandGateway commandGateway;
    @Autowired
    private transient DeadlineManager deadlineManager;
    @Autowired
    private transient MemberSagaSettings settings;

    private MemberId memberId;
    private String tenant;
    private MailAddress mailbox;
    private final Map<MemberSystem, String> ids = new EnumMap<>(MemberSystem.class);
    /** Set once the claim answered: true when another membership still uses the accounts. */
    private Boolean kept;
    private MemberSystem current;
    private Attempts attempts = Attempts.NONE;
    /** The mailbox could not be deleted: the address must stay claimed. */
    private boolean mailboxLeft;
    private boolean holdsAddress;

    @StartSaga
    @SagaEventHandler(associationProperty = "memberId")
    void on(MemberRemovalStartedEvent event) {
        memberId = event.memberId();
        tenant = event.tenantId().slug();
        mailbox = event.mailbox();
        put(MemberSystem.SSO, event.ssoId());
        put(MemberSystem.MAILBOX, event.mailboxId());
        put(MemberSystem.FILES, event.filesId());
        holdsAddress = event.holdsAddress();
        if (holdsAddress) {
            commandGateway.send(new LeaveMailAddressCommand(mailbox, memberId.value()));
        } else {
            // A failed onboarding that undid everything has already released the address: nothing is left.
            kept = false;
            current = TEARDOWN.get(0);
            run();
        }
    }

    /** The claim's serial answer: was this the last membership using the address? */
    @SagaEventHandler(associationProperty = "claimant", keyName = "memberId")
    void on(MailAddressLeftEvent event) {
        if (kept == null) {
            kept = !event.lastHolder();
            current = order().get(0);
            run();
        }
    }

    @DeadlineHandler(deadlineName = RETRY)
    void retry() {
        run();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "memberId")
    void on(MemberRemovedEvent event) {
        // the removal is recorded; nothing is left to do
    }

    private void run() {
        while (current != null) {
            if (!step(current)) {
                return;
            }
            attempts = Attempts.NONE;
            int next = order().indexOf(current) + 1;
            current = next < order().size() ? order().get(next) : null;
        }
        if (holdsAddress && !kept && !mailboxLeft) {
            commandGateway.send(new ReleaseMailAddressCommand(mailbox, memberId.value()));
        }
        commandGateway.send(new RecordMemberRemovedCommand(memberId, kept));
    }

    /** True when the step is settled (done, skipped or parked), false when a retry is scheduled. */
    private boolean step(MemberSystem system) {
        String id = ids.get(system);
        if (kept && system != MemberSystem.SSO) {
            report(system, StepState.SKIPPED, 0, "kept: still used by the same person's membership in another tenant", id);
            return true;
        }
        if (id == null) {
            report(system, StepState.SKIPPED, 0, "nothing to remove: no " + name(system) + " account is left", null);
            return true;
        }
        if (!settings.enabled(system)) {
            park(system, id, name(system) + " provisioning is switched off in the engine");
            return true;
        }
        try {
            if (kept) {
                accounts.leaveTenantGroup(tenant, id);
                report(system, StepState.DONE, 0, "removed from the group dezky-" + tenant + "; the identity is kept"
                        + " for the same person's membership in another tenant", id);
            } else {
                accounts.remove(system, id);
                report(system, StepState.DONE, 0, "deleted", id);
            }
        } catch (AdapterException e) {
            if (e.kind() == AdapterException.Kind.NOT_FOUND) {
                report(system, StepState.DONE, 0, "already gone", id);
                return true;
            }
            attempts = attempts.failed();
            if (e.kind() == AdapterException.Kind.TRANSIENT && attempts.allowRetry(settings.attempts(system))) {
                report(system, StepState.RETRYING, attempts.count(), e.reason(), id);
                deadlineManager.schedule(attempts.nextDelay(settings.backoff(), e), RETRY);
                return false;
            }
            park(system, id, e.reason() + (attempts.count() > 1 ? ", after " + attempts.count() + " attempts" : ""));
        }
        return true;
    }

    private void park(MemberSystem system, String id, String why) {
        String detail = kept
                ? "Authentik still has the identity " + id + " in the group dezky-" + tenant + " (" + why
                        + "); an operator must remove it from that group"
                : name(system) + " still has the account " + id + " for " + mailbox + " (" + why
                        + "); an operator must delete it there" + (system == MemberSystem.MAILBOX
                        ? ", and the address stays claimed meanwhile" : "");
        report(system, StepState.NEEDS_ATTENTION, attempts.count(), detail, id);
        mailboxLeft |= !kept && system == MemberSystem.MAILBOX;
    }

    private List<MemberSystem> order() {
        return kept ? LEAVE : TEARDOWN;
    }

    private void put(MemberSystem system, String id) {
        if (id != null) {
            ids.put(system, id);
        }
    }

    private void report(MemberSystem system, StepState state, int attempt, String detail, String externalId) {
        int max = state == StepState.RETRYING || state == StepState.NEEDS_ATTENTION ? settings.attempts(system) : 0;
        commandGateway.send(new RecordMemberStepCommand(memberId,
                new StepStatus(system, state, attempt, max, detail, null), externalId));
    }
}
