package eu.dezky.sagas.reconcile;

import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.RecordMemberAccountRepairedCommand;
import eu.dezky.api.operation.OperationStep;
import eu.dezky.api.reconcile.RecordTenantRepairStepCommand;
import eu.dezky.api.reconcile.RecordTenantRepairedCommand;
import eu.dezky.api.reconcile.RepairItem;
import eu.dezky.api.reconcile.Situation;
import eu.dezky.api.reconcile.StartTenantReconciliationCommand;
import eu.dezky.api.reconcile.TenantRepairStartedEvent;
import eu.dezky.api.reconcile.TenantRepairedEvent;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.sagas.member.SecretVault;
import eu.dezky.sagas.steps.Done;
import eu.dezky.sagas.steps.Failure;
import eu.dezky.sagas.steps.Step;
import eu.dezky.sagas.steps.StepEnd;
import eu.dezky.sagas.steps.StepFailed;
import eu.dezky.sagas.steps.StepReport;
import eu.dezky.sagas.steps.StepSaga;
import eu.dezky.sagas.steps.StepTable;
import eu.dezky.sagas.steps.SystemSettings;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Repairs what a reconciliation found, one step per object, on the step engine: re-creates missing objects (a
 * member's account with the new one-time password from the vault, blocked again when the member is suspended, its new
 * id recorded on the member), re-applies states, rejoins the tenant's group, removes orphans that still carry our
 * marker. Foreign objects are never among its items. A step given up is parked (needs attention) and the others still
 * run: a repair does what it can and says what not. At the end the vault entries go and the tenant is reconciled
 * again, so its provisioning status shows the repaired state.
 */
public class TenantRepairSaga extends StepSaga {

    @Autowired
    private transient Repairs repairs;
    @Autowired
    private transient SecretVault vault;

    private String tenant;
    private String operationId;
    private final List<RepairItem> items = new ArrayList<>();

    @StartSaga
    @SagaEventHandler(associationProperty = "operationId")
    void on(TenantRepairStartedEvent event) {
        tenant = event.tenantId().slug();
        operationId = event.operationId();
        items.addAll(event.items());
        startSteps();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "operationId")
    void on(TenantRepairedEvent event) {
        secretRefs().forEach(vault::delete);
    }

    @Override
    protected StepTable steps() {
        return StepTable.parking(items.stream().map(this::step).toArray(Step[]::new))
                .failing(f -> f.system() + " could not put " + f.step().key() + " right: " + f.reason());
    }

    private Step step(RepairItem item) {
        Step step = Step.step(item.key(), settings(item.integration()));
        Situation situation = item.difference().situation();
        String type = item.difference().type();
        var member = Repairs.memberSystem(item);
        if (situation == Situation.ORPHANED) {
            return step.invoke(() -> repairs.removeOrphan(tenant, item));
        }
        if (member.isPresent() && situation == Situation.MISSING) {
            return step.invoke(() -> recreate(item, member.get())).retryingNotFound();
        }
        if (member.isPresent() && situation == Situation.DRIFTED) {
            return step.invoke(() -> repairs.reapply(item, member.get()));
        }
        return switch (type) {
            case AuthentikComparison.TYPE_GROUP -> step.invoke(() -> repairs.rejoinGroup(tenant, item));
            case "domain" -> step.invoke(() -> repairs.domain(item));
            case "alias" -> step.invoke(() -> repairs.alias(item)).retryingNotFound();
            case "list" -> step.invoke(() -> repairs.list(item));
            default -> step.skippedBecause("not repaired by the engine: " + item.difference().describe()
                    + (type.equals("dkim") ? "; Stalwart creates a domain's DKIM keys itself" : ""));
        };
    }

    private Done recreate(RepairItem item, MemberSystem system) {
        String password = vault.read(item.secretRef()).orElseThrow(() -> new StepFailed("the one-time password"
                + " expired before " + item.integration() + " was reached; repair again"));
        Repairs.Recreated done = repairs.recreate(tenant, item, system, password);
        commandGateway.send(new RecordMemberAccountRepairedCommand(new MemberId(item.difference().memberId()),
                system, done.id(), done.ssoSubject(), operationId));
        return new Done("re-created" + (item.suspended() ? " and blocked again (the member is suspended)" : ""),
                done.id());
    }

    @Override
    public void report(Step step, StepReport report) {
        RepairItem item = items.stream().filter(i -> i.key().equals(step.key())).findFirst().orElseThrow();
        commandGateway.send(new RecordTenantRepairStepCommand(new TenantId(tenant), operationId,
                new OperationStep(item.integration().toUpperCase(Locale.ROOT), item.difference().object()
                        + (item.difference().field() == null ? "" : " " + item.difference().field()),
                        report.state(), report.attempt(), report.maxAttempts(), report.detail(),
                        report.nextAttemptAt())));
    }

    @Override
    public void finished(StepEnd end) {
        String reason = end.leftovers().isEmpty() ? null
                : "not everything could be put right: " + end.leftoverText();
        commandGateway.send(new RecordTenantRepairedCommand(new TenantId(tenant), operationId, reason));
        // a fresh comparison, so the tenant's provisioning status shows what the repair left
        commandGateway.send(new StartTenantReconciliationCommand(new TenantId(tenant), UUID.randomUUID().toString(),
                true));
    }

    private Set<String> secretRefs() {
        Set<String> refs = new LinkedHashSet<>();
        items.stream().map(RepairItem::secretRef).filter(r -> r != null).forEach(refs::add);
        return refs;
    }

    private SystemSettings settings(String integration) {
        return switch (integration) {
            case "authentik" -> systems.authentik();
            case "stalwart" -> systems.stalwart();
            default -> systems.ocis();
        };
    }
}
