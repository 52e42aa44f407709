package eu.dezky.sagas.member;

import eu.dezky.adapters.http.AdapterException;
import eu.dezky.api.claim.LeaveMailAddressCommand;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.claim.MailAddressLeftEvent;
import eu.dezky.api.claim.ReleaseMailAddressCommand;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberRemovalStartedEvent;
import eu.dezky.api.member.MemberRemovedEvent;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.RecordMemberRemovedCommand;
import eu.dezky.api.member.RecordMemberStepCommand;
import eu.dezky.sagas.steps.Done;
import eu.dezky.sagas.steps.Failure;
import eu.dezky.sagas.steps.Step;
import eu.dezky.sagas.steps.StepEnd;
import eu.dezky.sagas.steps.StepReport;
import eu.dezky.sagas.steps.StepSaga;
import eu.dezky.sagas.steps.StepTable;
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
 * released (earlier, someone could claim it and adopt the old mailbox by name). Gone already counts as done, also
 * when a look after the last failed try finds it gone (a delete whose answer was lost). Nothing can be
 * "compensated" by recreating accounts, so the table parks a step that keeps failing as needs-attention with what an
 * operator must delete, and the remaining steps still run: deleting the SSO identity while the mailbox is stuck is
 * safe because the address stays claimed and it ends the removed person's access at once.
 */
public class MemberRemovalSaga extends StepSaga {

    static final String RETRY = "member-removal-retry";
    private static final List<MemberSystem> TEARDOWN = List.of(MemberSystem.FILES, MemberSystem.MAILBOX, MemberSystem.SSO);

    @Autowired
    private transient MemberAccounts accounts;

    private MemberId memberId;
    private String tenant;
    private MailAddress mailbox;
    private final Map<MemberSystem, String> ids = new EnumMap<>(MemberSystem.class);
    /** Set once the claim answered: true when another membership still uses the accounts. */
    private Boolean kept;
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
            startSteps();
        }
    }

    /** The claim's serial answer: was this the last membership using the address? */
    @SagaEventHandler(associationProperty = "claimant", keyName = "memberId")
    void on(MailAddressLeftEvent event) {
        if (kept == null) {
            kept = !event.lastHolder();
            startSteps();
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "memberId")
    void on(MemberRemovedEvent event) {
        // the removal is recorded; nothing is left to do
    }

    /** Kept: the SSO identity leaves the tenant's group, the rest stays. Else files → mailbox → identity go. */
    @Override
    protected StepTable steps() {
        List<MemberSystem> order = kept ? MemberSystems.ONBOARDING : TEARDOWN;
        return StepTable.parking(order.stream().map(this::step).toArray(Step[]::new)).failing(this::parked);
    }

    private Step step(MemberSystem system) {
        String id = ids.get(system);
        Step step = MemberSystems.step(systems, system).givingUpWhenSwitchedOff();
        if (kept && system != MemberSystem.SSO) {
            return step.skippedBecause("kept: still used by the same person's membership in another tenant");
        }
        if (id == null) {
            return step.skippedBecause("nothing to remove: no " + name(systems, system) + " account is left");
        }
        if (kept) {
            return step.invoke(() -> {
                accounts.leaveTenantGroup(tenant, id);
                return Done.detail("removed from the group dezky-" + tenant + "; the identity is kept for the same"
                        + " person's membership in another tenant");
            });
        }
        return step.invoke(() -> delete(system, id))
                .doneWhen(() -> accounts.present(system, mailbox, id) ? null : Done.detail("already gone"));
    }

    private Done delete(MemberSystem system, String id) {
        try {
            accounts.remove(system, id);
            return Done.detail("deleted");
        } catch (AdapterException e) {
            if (e.kind() == AdapterException.Kind.NOT_FOUND) {
                return Done.detail("already gone");
            }
            throw e;
        }
    }

    @Override
    public void report(Step step, StepReport report) {
        MemberSystem system = MemberSystems.system(step);
        commandGateway.send(new RecordMemberStepCommand(memberId, MemberSystems.status(step, report), ids.get(system)));
    }

    @Override
    public void finished(StepEnd end) {
        boolean mailboxLeft = !kept && end.leftOver(MemberSystem.MAILBOX.name());
        if (holdsAddress && !kept && !mailboxLeft) {
            commandGateway.send(new ReleaseMailAddressCommand(mailbox, memberId.value()));
        }
        commandGateway.send(new RecordMemberRemovedCommand(memberId, kept));
    }

    /** What an operator must do about a step given up, and why it was given up. */
    private String parked(Failure f) {
        MemberSystem system = MemberSystems.system(f.step());
        String why = f.reason() + (f.attempts() > 1 ? ", after " + f.attempts() + " attempts" : "");
        return kept
                ? "Authentik still has the identity " + ids.get(system) + " in the group dezky-" + tenant + " (" + why
                        + "); an operator must remove it from that group"
                : f.system() + " still has the account " + ids.get(system) + " for " + mailbox + " (" + why
                        + "); an operator must delete it there" + (system == MemberSystem.MAILBOX
                        ? ", and the address stays claimed meanwhile" : "");
    }

    private void put(MemberSystem system, String id) {
        if (id != null) {
            ids.put(system, id);
        }
    }
}
