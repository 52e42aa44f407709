package eu.dezky.sagas.tenant;

import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberOperationCompletedEvent;
import eu.dezky.api.member.MemberOperationFailedEvent;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.MemberProvisionedEvent;
import eu.dezky.api.member.StartMemberOperationCommand;
import eu.dezky.api.operation.OperationStep;
import eu.dezky.api.tenant.RecordTenantOperationEndedCommand;
import eu.dezky.api.tenant.RecordTenantOperationStepCommand;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantMember;
import eu.dezky.api.tenant.TenantOffboardingStartedEvent;
import eu.dezky.api.tenant.TenantOperationEndedEvent;
import eu.dezky.api.tenant.TenantOperationKind;
import eu.dezky.api.tenant.TenantResumedEvent;
import eu.dezky.api.tenant.TenantStepRefusedEvent;
import eu.dezky.api.tenant.TenantSuspendedEvent;
import eu.dezky.sagas.steps.Step;
import eu.dezky.sagas.steps.StepEnd;
import eu.dezky.sagas.steps.StepReport;
import eu.dezky.sagas.steps.StepSaga;
import eu.dezky.sagas.steps.StepTable;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tenant's suspension, from the suspension until the resumption ended. Each run has a step per member: the step
 * starts the member's own suspend (or resume) operation ({@code MemberLifecycleSaga}: SSO, mailbox, files, with its
 * retries and compensation) and waits for its outcome. A member whose operation fails is parked as needs-attention
 * and the others still go on. Only the members this suspension suspended are resumed: one suspended on their own
 * before (a compromised account) stays suspended. While the tenant is suspended, a member onboarded meanwhile is
 * suspended as soon as it is active.
 *
 * <pre>
 * step (per member)   does                                  done when
 * member id           start the member's suspend / resume    the member's operation completed, or it already was
 * </pre>
 */
public class TenantSuspensionSaga extends StepSaga {

    private static final String SYSTEM = "MEMBER";

    private TenantId tenantId;
    private String operationId;
    private TenantOperationKind kind;
    private boolean suspended;
    /** This run's members: id → mailbox, in step order. */
    private final Map<String, String> members = new LinkedHashMap<>();
    /** The members the suspension suspended (and the resumption is to resume): id → mailbox. */
    private final Map<String, String> suspendedHere = new LinkedHashMap<>();
    private final ObjectSteps objects = new ObjectSteps();

    @StartSaga
    @SagaEventHandler(associationProperty = "tenantId")
    void on(TenantSuspendedEvent event) {
        tenantId = event.tenantId();
        suspended = true;
        members.clear();
        event.members().forEach(m -> members.put(m.memberId().value(), m.mailbox()));
        begin(event.operationId(), TenantOperationKind.SUSPEND);
    }

    @SagaEventHandler(associationProperty = "tenantId")
    void on(TenantResumedEvent event) {
        suspended = false;
        members.clear();
        members.putAll(suspendedHere);
        begin(event.operationId(), TenantOperationKind.RESUME);
    }

    @SagaEventHandler(associationProperty = "tenantId")
    void on(MemberOperationCompletedEvent event) {
        String step = objects.stepOf(event.operationId());
        if (step == null) {
            return;
        }
        if (event.kind() == MemberOperationKind.SUSPEND) {
            suspendedHere.put(step, members.get(step));
        } else {
            suspendedHere.remove(step);
        }
        objects.done(step, kind == TenantOperationKind.SUSPEND ? "suspended" : "resumed");
        wakeSteps();
    }

    @SagaEventHandler(associationProperty = "tenantId")
    void on(MemberOperationFailedEvent event) {
        String step = objects.stepOf(event.operationId());
        if (step != null) {
            objects.failed(step, event.reason() + " (operation " + event.operationId() + ")");
            wakeSteps();
        }
    }

    /** A member's command was refused: already as wanted counts as done, anything else is the step's failure. */
    @SagaEventHandler(associationProperty = "tenantId")
    void on(TenantStepRefusedEvent event) {
        if (!event.operationId().equals(operationId) || !objects.startedBy(event.step())) {
            return;
        }
        if (("member-suspended".equals(event.code()) && kind == TenantOperationKind.SUSPEND)
                || ("member-active".equals(event.code()) && kind == TenantOperationKind.RESUME)) {
            objects.done(event.step(), "already " + (kind == TenantOperationKind.SUSPEND ? "suspended" : "active"));
        } else if ("member-removing".equals(event.code()) || "member-removed".equals(event.code())) {
            objects.done(event.step(), "removed meanwhile");
        } else if ("member-linked".equals(event.code())) {
            // suspending the shared accounts would lock the person out of their home tenant too
            objects.done(event.step(), "not changed: " + event.reason());
        } else {
            objects.failed(event.step(), event.reason());
        }
        wakeSteps();
    }

    /** A member onboarded while the tenant is suspended must not stay active. */
    @SagaEventHandler(associationProperty = "tenantId")
    void on(MemberProvisionedEvent event) {
        if (suspended) {
            commandGateway.send(new StartMemberOperationCommand(event.memberId(),
                    ObjectSteps.operationOf(event.operationId(), "suspend"), MemberOperationKind.SUSPEND, null));
            // the event names no mailbox: the resume step shows the member's id
            suspendedHere.put(event.memberId().value(), event.memberId().value());
        }
    }

    @SagaEventHandler(associationProperty = "tenantId")
    void on(TenantOperationEndedEvent event) {
        if (event.kind() == TenantOperationKind.RESUME) {
            SagaLifecycle.end();
        }
    }

    /** The offboarding removes every member: nothing is left to suspend or resume. */
    @SagaEventHandler(associationProperty = "tenantId")
    void on(TenantOffboardingStartedEvent event) {
        SagaLifecycle.end();
    }

    private void begin(String operation, TenantOperationKind what) {
        operationId = operation;
        kind = what;
        objects.clear();
        startSteps();
    }

    @Override
    protected StepTable steps() {
        return StepTable.parking(members.keySet().stream().map(this::step).toArray(Step[]::new));
    }

    private Step step(String memberId) {
        MemberOperationKind memberKind = kind == TenantOperationKind.SUSPEND ? MemberOperationKind.SUSPEND
                : MemberOperationKind.RESUME;
        return Step.step(memberId, ObjectSteps.ENGINE).invoke(() -> objects.await(memberId,
                () -> start(memberId, memberKind), "waiting for the member's " + memberKind.wireName()
                        + " operation"));
    }

    /**
     * Starts the member's operation with an id of its own, the same each time this run starts it (a start sent again
     * after a restart is no second operation); a refusal comes back as an event.
     */
    private String start(String memberId, MemberOperationKind memberKind) {
        String memberOperation = ObjectSteps.operationOf(operationId, memberId);
        ObjectSteps.send(commandGateway, new StartMemberOperationCommand(new MemberId(memberId), memberOperation,
                memberKind, null), tenantId, operationId, memberId);
        return memberOperation;
    }

    @Override
    public void report(Step step, StepReport report) {
        commandGateway.send(new RecordTenantOperationStepCommand(tenantId, operationId, new OperationStep(SYSTEM,
                members.get(step.key()), report.state(), report.attempt(), report.maxAttempts(),
                report.detail(), report.nextAttemptAt())));
    }

    @Override
    public void finished(StepEnd end) {
        commandGateway.send(new RecordTenantOperationEndedCommand(tenantId, operationId,
                end.failed() ? end.reason() : null, end.leftovers().isEmpty() ? null : end.leftoverText().substring(2)));
    }
}
