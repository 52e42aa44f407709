package eu.dezky.sagas.member;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import eu.dezky.adapters.http.AdapterException;
import eu.dezky.api.member.MemberCreatedEvent;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberProvisionedEvent;
import eu.dezky.api.member.MemberProvisioningFailedEvent;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.RecordMemberProvisionedCommand;
import eu.dezky.api.member.RecordMemberProvisioningFailedCommand;
import eu.dezky.api.member.RecordMemberSsoSubjectCommand;
import eu.dezky.api.member.RecordMemberStepCommand;
import eu.dezky.api.claim.ReleaseMailAddressCommand;
import eu.dezky.api.operation.StepState;
import eu.dezky.sagas.Attempts;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.EnumMap;
import java.util.Map;

import static eu.dezky.sagas.member.MemberSystems.name;
import static eu.dezky.sagas.member.MemberSystems.next;

/**
 * Onboards a member: SSO identity in Authentik (create-or-adopt with our ownership marker, password, tenant group
 * {@code dezky-<slug>}) → mailbox in Stalwart on the tenant's primary domain (same password) → oCIS user. The SSO
 * and oCIS usernames are the mailbox address, which the claim makes unique platform-wide. Every step's outcome is
 * reported to the member (skipped, retrying n/m, done …). Transient failures retry on a deadline with exponential
 * backoff; a permanent failure or exhausted attempts undoes the completed steps in reverse and records a failure a
 * person can act on, releasing the address. An undo that keeps failing is parked as needs-attention and the address
 * stays claimed, because the leftover account still uses it. The password is read from the vault at each step and
 * never kept in the saga's state; the vault entry is deleted when the saga ends. The SSO step also records the
 * subject the member's tokens will carry, by which the engine recognises the member as a caller.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class MemberOnboardingSaga {

    static final String RETRY = "member-onboarding-retry";

    @Autowired
    private transient MemberAccounts accounts;
    @Autowired
    private transient CommandGateway commandGateway;
    @Autowired
    private transient DeadlineManager deadlineManager;
    @Autowired
    private transient MemberSagaSettings settings;
    @Autowired
    private transient SecretVault vault;

    private MemberId memberId;
    private MemberAccounts.Member member;
    private String secretRef;
    private MemberSystem current;
    private Attempts attempts = Attempts.NONE;
    private final Map<MemberSystem, String> created = new EnumMap<>(MemberSystem.class);
    private String failure;
    private String leftovers = "";

    @StartSaga
    @SagaEventHandler(associationProperty = "memberId")
    void on(MemberCreatedEvent event) {
        memberId = event.memberId();
        member = new MemberAccounts.Member(event.tenantId().slug(), memberId.value(), event.displayName(),
                event.mailbox());
        secretRef = event.secretRef();
        current = MemberSystem.SSO;
        provision();
    }

    @DeadlineHandler(deadlineName = RETRY)
    void retry() {
        if (failure == null) {
            provision();
        } else {
            compensate();
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "memberId")
    void on(MemberProvisionedEvent event) {
        vault.delete(secretRef);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "memberId")
    void on(MemberProvisioningFailedEvent event) {
        vault.delete(secretRef);
    }

    /** Resumes at the current step; create-or-adopt makes repeating a half-done step safe. */
    private void provision() {
        while (current != null) {
            if (!settings.enabled(current)) {
                report(current, StepState.SKIPPED, 0, name(current) + " provisioning is switched off", null);
            } else {
                try {
                    String password = vault.read(secretRef).orElse(null);
                    if (password == null) {
                        fail("the one-time password expired before " + name(current) + " was reached; create the"
                                + " member again");
                        return;
                    }
                    MemberAccounts.Provisioned done = accounts.provision(current, member, password, created::put);
                    if (done.ssoSubject() != null) {
                        // before the step is done, so an active member's subject is always known
                        commandGateway.send(new RecordMemberSsoSubjectCommand(memberId, done.ssoSubject()));
                    }
                    report(current, StepState.DONE, 0, null, done.id());
                } catch (AdapterException e) {
                    onFailure(e);
                    return;
                }
            }
            attempts = Attempts.NONE;
            current = next(current);
        }
        commandGateway.send(new RecordMemberProvisionedCommand(memberId));
    }

    private void onFailure(AdapterException e) {
        switch (e.kind()) {
            case TRANSIENT, NOT_FOUND -> {
                attempts = attempts.failed();
                if (!attempts.allowRetry(settings.attempts(current))) {
                    fail(name(current) + " could not be reached after " + attempts.count() + " attempts (last: "
                            + e.reason() + "); check that it is reachable, then create the member again");
                    return;
                }
                report(current, StepState.RETRYING, attempts.count(), e.reason(), created.get(current));
                deadlineManager.schedule(attempts.nextDelay(settings.backoff(), e), RETRY);
            }
            case CONFLICT -> fail(name(current) + " already has an account for " + member.mailbox()
                    + " that dezky did not create (" + e.reason() + "); an operator must remove or rename it there,"
                    + " then create the member again");
            case REJECTED -> fail(name(current) + " refused the account for " + member.mailbox() + ": "
                    + e.reason() + "; fix the cause, then create the member again");
        }
    }

    private void fail(String reason) {
        report(current, StepState.FAILED, attempts.count(), reason, created.get(current));
        failure = reason;
        attempts = Attempts.NONE;
        compensate();
    }

    /** Undoes the completed steps in reverse; gone already counts as undone. */
    private void compensate() {
        for (MemberSystem system : new MemberSystem[]{MemberSystem.FILES, MemberSystem.MAILBOX, MemberSystem.SSO}) {
            String id = created.get(system);
            if (id == null) {
                continue;
            }
            try {
                accounts.remove(system, id);
            } catch (AdapterException e) {
                if (e.kind() != AdapterException.Kind.NOT_FOUND) {
                    attempts = attempts.failed();
                    if (e.kind() == AdapterException.Kind.TRANSIENT && attempts.allowRetry(settings.attempts(system))) {
                        report(system, StepState.RETRYING, attempts.count(), "undoing: " + e.reason(), id);
                        deadlineManager.schedule(attempts.nextDelay(settings.backoff(), e), RETRY);
                        return;
                    }
                    String left = name(system) + " still has the account " + id + " for " + member.mailbox()
                            + " (" + e.reason() + "); an operator must delete it there";
                    report(system, StepState.NEEDS_ATTENTION, attempts.count(), left, id);
                    leftovers += "; " + left;
                    created.remove(system);
                    attempts = Attempts.NONE;
                    continue;
                }
            }
            created.remove(system);
            attempts = Attempts.NONE;
            report(system, StepState.COMPENSATED, 0, null, id);
        }
        if (leftovers.isEmpty()) {
            commandGateway.send(new ReleaseMailAddressCommand(member.mailbox(), memberId.value()));
        }
        commandGateway.send(new RecordMemberProvisioningFailedCommand(memberId, failure + leftovers));
    }

    private void report(MemberSystem system, StepState state, int attempt, String detail, String externalId) {
        commandGateway.send(new RecordMemberStepCommand(memberId,
                MemberSystems.status(settings, system, state, attempt, detail), externalId));
    }
}
