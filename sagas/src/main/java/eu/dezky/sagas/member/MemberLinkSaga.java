package eu.dezky.sagas.member;

import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberLinkedEvent;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.RecordMemberProvisionedCommand;
import eu.dezky.api.member.RecordMemberProvisioningFailedCommand;
import eu.dezky.api.member.RecordMemberStepCommand;
import eu.dezky.sagas.steps.Done;
import eu.dezky.sagas.steps.Step;
import eu.dezky.sagas.steps.StepEnd;
import eu.dezky.sagas.steps.StepReport;
import eu.dezky.sagas.steps.StepSaga;
import eu.dezky.sagas.steps.StepTable;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.springframework.beans.factory.annotation.Autowired;


/**
 * Onboards a membership linked to the same person's membership in another tenant: nothing is created and no password
 * is set. The existing SSO identity joins this tenant's group {@code dezky-<slug>}; the mailbox and the oCIS account
 * are shared. Each step records the shared object's id (so a later removal, if it is the last membership, can tear
 * it down) with the detail "shared with the membership in tenant …". A step given up fails the membership without
 * undoing anything shared (the steps have no undo): removing the membership cleans up its group.
 */
public class MemberLinkSaga extends StepSaga {

    @Autowired
    private transient MemberAccounts accounts;

    private MemberId memberId;
    private MemberAccounts.Member member;
    private String sharedWith;

    @StartSaga
    @SagaEventHandler(associationProperty = "memberId")
    void on(MemberLinkedEvent event) {
        memberId = event.memberId();
        member = new MemberAccounts.Member(event.tenantId().slug(), memberId.value(), event.displayName(),
                event.mailbox());
        sharedWith = event.sharedWith().slug();
        startSteps();
    }

    @Override
    protected StepTable steps() {
        return StepTable.compensating(share(MemberSystem.SSO), share(MemberSystem.MAILBOX), share(MemberSystem.FILES))
                .failing(f -> "could not share the account of the membership in tenant " + sharedWith + ": "
                        + f.reason() + "; remove this membership, fix the cause, then link the person again");
    }

    private Step share(MemberSystem system) {
        return MemberSystems.step(systems, system).invoke(() -> new Done("shared with the membership in tenant "
                + sharedWith + (system == MemberSystem.SSO ? "; added to the group dezky-" + member.tenant() : ""),
                accounts.share(system, member)));
    }

    @Override
    public void report(Step step, StepReport report) {
        commandGateway.send(new RecordMemberStepCommand(memberId, MemberSystems.status(step, report),
                report.objectId()));
    }

    /** Ends with the outcome's record, not on its event (which every onboarding's member would be looked up for). */
    @Override
    public void finished(StepEnd end) {
        SagaLifecycle.end();
        commandGateway.send(end.failed() ? new RecordMemberProvisioningFailedCommand(memberId, end.reason())
                : new RecordMemberProvisionedCommand(memberId));
    }
}
