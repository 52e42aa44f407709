package eu.dezky.platform.application.reconcile;

import eu.dezky.api.reconcile.FindTenantReconciliationQuery;
import eu.dezky.api.reconcile.ReconciliationView;
import eu.dezky.api.reconcile.StartTenantReconciliationCommand;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.platform.application.ReadModelWait;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Starts a reconciliation of one tenant and waits briefly for its result: the reconciler reads the systems and records
 * what it found on the tenant, whose read model then answers. Reading three systems usually takes well under the
 * wait; a slow system makes the caller follow the operation instead.
 */
@Component
public class Reconciliation {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadModelWait readModel;

    Reconciliation(CommandGateway commands, QueryGateway queries, ReadModelWait readModel) {
        this.commands = commands;
        this.queries = queries;
        this.readModel = readModel;
    }

    /** A started reconciliation; {@code result} is empty when it had not ended within the wait. */
    public record Started(String operationId, Optional<ReconciliationView> result) {
    }

    /** Compares the tenant with every system now, waiting up to {@code wait} for the findings. */
    public Started reconcile(TenantId tenant, Duration wait) {
        String operationId = UUID.randomUUID().toString();
        Optional<ReconciliationView> result = readModel.sendThenAwait(
                () -> commands.sendAndWait(new StartTenantReconciliationCommand(tenant, operationId, false)),
                new FindTenantReconciliationQuery(tenant), ReconciliationView.class,
                view -> operationId.equals(view.operationId()), wait);
        return new Started(operationId, result);
    }

    /** Starts a reconciliation the engine's timer asked for; its findings reach the tenant's status, nobody waits. */
    public void reconcileScheduled(TenantId tenant) {
        commands.sendAndWait(new StartTenantReconciliationCommand(tenant, UUID.randomUUID().toString(), true));
    }

    /** The tenant's latest findings, if it was ever reconciled. */
    public Optional<ReconciliationView> latest(TenantId tenant) {
        return queries.query(new FindTenantReconciliationQuery(tenant),
                ResponseTypes.optionalInstanceOf(ReconciliationView.class)).join();
    }
}
