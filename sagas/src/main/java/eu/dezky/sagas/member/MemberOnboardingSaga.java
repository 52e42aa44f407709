package eu.dezky.sagas.member;

import eu.dezky.api.claim.ReleaseMailAddressCommand;
import eu.dezky.api.member.MemberCreatedEvent;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.RecordMemberProvisionedCommand;
import eu.dezky.api.member.RecordMemberProvisioningFailedCommand;
import eu.dezky.api.member.RecordMemberSsoSubjectCommand;
import eu.dezky.api.member.RecordMemberStepCommand;
import eu.dezky.api.operation.StepState;
import eu.dezky.sagas.steps.Done;
import eu.dezky.sagas.steps.Failure;
import eu.dezky.sagas.steps.Step;
import eu.dezky.sagas.steps.StepEnd;
import eu.dezky.sagas.steps.StepFailed;
import eu.dezky.sagas.steps.StepReport;
import eu.dezky.sagas.steps.StepSaga;
import eu.dezky.sagas.steps.StepTable;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.EnumMap;
import java.util.Map;

import static eu.dezky.sagas.member.MemberSystems.name;

/**
 * Onboards a member: SSO identity in Authentik (create-or-adopt with our ownership marker, password, tenant group
 * {@code dezky-<slug>}) → mailbox in Stalwart on the tenant's primary domain (same password) → oCIS user. The SSO
 * and oCIS usernames are the mailbox address, which the claim makes unique platform-wide. A failure that is given
 * up undoes the steps in reverse, each found by natural key and ownership marker (so a create whose answer was lost
 * is undone too, and someone else's account never is), releases the address and records a reason a person can act
 * on; an undo that keeps failing is parked as needs-attention and the address stays claimed. The password is read
 * from the vault at each step and never kept here; the vault entry is deleted when the run ends. The SSO step also
 * records the subject the member's tokens will carry, by which the engine recognises the member as a caller.
 */
public class MemberOnboardingSaga extends StepSaga {

    @Autowired
    private transient MemberAccounts accounts;
    @Autowired
    private transient SecretVault vault;

    private MemberId memberId;
    private MemberAccounts.Member member;
    private String secretRef;
    /** The objects found or created so far, by system: what a needs-attention report names. */
    private final Map<MemberSystem, String> ids = new EnumMap<>(MemberSystem.class);

    @StartSaga
    @SagaEventHandler(associationProperty = "memberId")
    void on(MemberCreatedEvent event) {
        memberId = event.memberId();
        member = new MemberAccounts.Member(event.tenantId().slug(), memberId.value(), event.displayName(),
                event.mailbox());
        secretRef = event.secretRef();
        startSteps();
    }

    /** SSO → mailbox → files; every step is create-or-adopt, so repeating a half-done one is safe. */
    @Override
    protected StepTable steps() {
        return StepTable.compensating(step(MemberSystem.SSO), step(MemberSystem.MAILBOX), step(MemberSystem.FILES)
                        // oCIS takes the password with the create: an account of ours there is a finished step
                        .doneWhen(() -> accounts.findOwned(MemberSystem.FILES, member).map(Done::object).orElse(null)))
                .failing(this::reason)
                .leaving(this::leftover);
    }

    private Step step(MemberSystem system) {
        return MemberSystems.step(systems, system)
                .invoke(() -> provision(system))
                .making(MemberAccounts.provisionRequests(system))
                .withCompensation(() -> removeOwned(system))
                .compensatingAFailedTry()
                .retryingNotFound();
    }

    private Done provision(MemberSystem system) {
        String password = vault.read(secretRef).orElseThrow(() -> new StepFailed("the one-time password expired"
                + " before " + name(systems, system) + " was reached; create the member again"));
        MemberAccounts.Provisioned done = accounts.provision(system, member, password);
        if (done.ssoSubject() != null) {
            // before the step is done, so an active member's subject is always known
            commandGateway.send(new RecordMemberSsoSubjectCommand(memberId, done.ssoSubject()));
        }
        return Done.object(done.id());
    }

    /** Null when the system has nothing of this member's: nothing to undo. */
    private Done removeOwned(MemberSystem system) {
        String id = accounts.findOwned(system, member).orElse(null);
        if (id == null) {
            return null;
        }
        ids.put(system, id);
        accounts.remove(system, id);
        return Done.object(id);
    }

    @Override
    public void report(Step step, StepReport report) {
        MemberSystem system = MemberSystems.system(step);
        if (report.objectId() != null) {
            ids.put(system, report.objectId());
        }
        String id = report.state() == StepState.DONE || report.state().compensating() ? ids.get(system) : null;
        commandGateway.send(new RecordMemberStepCommand(memberId, MemberSystems.status(step, report), id));
    }

    /**
     * Records the outcome and ends here, in the unit of work that records it (the vault entry's deletion is in its
     * transaction too), rather than on the outcome's event: every segment of the processor would look that event's
     * sagas up and store its token, once per onboarded member.
     */
    @Override
    public void finished(StepEnd end) {
        vault.delete(secretRef);
        SagaLifecycle.end();
        if (!end.failed()) {
            commandGateway.send(new RecordMemberProvisionedCommand(memberId));
            return;
        }
        if (end.leftovers().isEmpty()) {
            commandGateway.send(new ReleaseMailAddressCommand(member.mailbox(), memberId.value()));
        }
        commandGateway.send(new RecordMemberProvisioningFailedCommand(memberId, end.reason() + end.leftoverText()));
    }

    private String reason(Failure f) {
        return switch (f.error().kind()) {
            case TRANSIENT, NOT_FOUND -> f.system() + " could not be reached after " + f.attempts() + " attempts (last: "
                    + f.reason() + "); check that it is reachable, then create the member again";
            case CONFLICT -> f.system() + " already has an account for " + member.mailbox() + " that dezky did not"
                    + " create (" + f.reason() + "); an operator must remove or rename it there, then create the member"
                    + " again";
            case REJECTED -> f.system() + " refused the account for " + member.mailbox() + ": " + f.reason()
                    + "; fix the cause, then create the member again";
        };
    }

    private String leftover(Failure f) {
        return f.system() + " still has the account " + ids.get(MemberSystems.system(f.step())) + " for "
                + member.mailbox() + " (" + f.reason() + "); an operator must delete it there";
    }
}
