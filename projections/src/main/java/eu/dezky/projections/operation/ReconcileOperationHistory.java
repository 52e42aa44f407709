package eu.dezky.projections.operation;

import eu.dezky.api.operation.OperationKind;
import eu.dezky.api.operation.OperationStatus;
import eu.dezky.api.operation.OperationStep;
import eu.dezky.api.operation.OperationTarget;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.reconcile.IntegrationReport;
import eu.dezky.api.reconcile.IntegrationStatus;
import eu.dezky.api.reconcile.TenantReconciledEvent;
import eu.dezky.api.reconcile.RepairItem;
import eu.dezky.api.reconcile.TenantReconciliationStartedEvent;
import eu.dezky.api.reconcile.TenantRepairStartedEvent;
import eu.dezky.api.reconcile.TenantRepairStepRecordedEvent;
import eu.dezky.api.reconcile.TenantRepairedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A tenant's reconciliations a person asked for, and its repairs (one step per object). A reconciliation has one step
 * per integration ({@code AUTHENTIK}, {@code STALWART},
 * {@code OCIS}), done with the number of differences, failed when the system could not be read. Scheduled runs are
 * not operations (like scheduled DNS checks); their result still reaches the tenant's provisioning status.
 */
@Component
@ProcessingGroup(OperationViews.PROCESSING_GROUP)
class ReconcileOperationHistory {

    private static final List<String> SYSTEMS = List.of("AUTHENTIK", "STALWART", "OCIS");

    private final OperationRecords records;

    ReconcileOperationHistory(OperationRecords records) {
        this.records = records;
    }

    @EventHandler
    void on(TenantReconciliationStartedEvent event, @Timestamp Instant at,
            @MetaDataValue(OperationViews.SUBJECT) String subject,
            @MetaDataValue(OperationViews.AUDIENCE) String audience) {
        if (event.scheduled()) {
            return;
        }
        records.start(event.operationId(), event.tenantId(), OperationKind.TENANT_RECONCILE,
                OperationTarget.tenant(event.tenantId().slug()), subject, audience,
                SYSTEMS.stream().map(OperationStep::pending).toList(), at);
    }

    /** Ends a reconciliation someone asked for; for a scheduled one there is no operation and nothing changes. */
    @EventHandler
    void on(TenantReconciledEvent event, @Timestamp Instant at) {
        event.integrations().forEach(report -> records.step(event.operationId(), step(report)));
        records.end(event.operationId(), OperationStatus.DONE, null, at);
    }

    /** A repair: one step per object, named by its integration and the object (with the field that drifted). */
    @EventHandler
    void on(TenantRepairStartedEvent event, @Timestamp Instant at,
            @MetaDataValue(OperationViews.SUBJECT) String subject,
            @MetaDataValue(OperationViews.AUDIENCE) String audience) {
        records.start(event.operationId(), event.tenantId(), OperationKind.TENANT_REPAIR,
                OperationTarget.tenant(event.tenantId().slug()), subject, audience,
                event.items().stream().map(ReconcileOperationHistory::pending).toList(), at);
    }

    @EventHandler
    void on(TenantRepairStepRecordedEvent event) {
        records.step(event.operationId(), event.step());
    }

    /** Done; a step left needing attention makes the operation NEEDS_ATTENTION (the steps say what). */
    @EventHandler
    void on(TenantRepairedEvent event, @Timestamp Instant at) {
        records.end(event.operationId(), OperationStatus.DONE, event.reason(), at);
    }

    private static OperationStep pending(RepairItem item) {
        return new OperationStep(item.integration().toUpperCase(Locale.ROOT), item.difference().object()
                + (item.difference().field() == null ? "" : " " + item.difference().field()), StepState.PENDING, 0, 0,
                item.difference().describe(), null);
    }

    private static OperationStep step(IntegrationReport report) {
        boolean error = report.status() == IntegrationStatus.ERROR;
        String detail = error ? report.reason() : report.status().name().toLowerCase(Locale.ROOT) + ": "
                + report.differences().size() + " differences";
        return new OperationStep(report.integration().toUpperCase(Locale.ROOT), null,
                error ? StepState.FAILED : StepState.DONE, 0, 0, detail, null);
    }
}
