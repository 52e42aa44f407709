package eu.dezky.projections.operation;

import eu.dezky.api.operation.OperationKind;
import eu.dezky.api.operation.OperationStatus;
import eu.dezky.api.operation.OperationStep;
import eu.dezky.api.operation.OperationTarget;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.reconcile.IntegrationReport;
import eu.dezky.api.reconcile.IntegrationStatus;
import eu.dezky.api.reconcile.TenantReconciledEvent;
import eu.dezky.api.reconcile.TenantReconciliationStartedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A tenant's reconciliations a person asked for: one step per integration ({@code AUTHENTIK}, {@code STALWART},
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

    private static OperationStep step(IntegrationReport report) {
        boolean error = report.status() == IntegrationStatus.ERROR;
        String detail = error ? report.reason() : report.status().name().toLowerCase(Locale.ROOT) + ": "
                + report.differences().size() + " differences";
        return new OperationStep(report.integration().toUpperCase(Locale.ROOT), null,
                error ? StepState.FAILED : StepState.DONE, 0, 0, detail, null);
    }
}
