package eu.dezky.projections.tenant;

import eu.dezky.api.reconcile.IntegrationReport;
import eu.dezky.api.reconcile.ReconciliationView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/** The tenant's latest reconciliation, keyed by slug; replaced by each new one. */
@Document("tenant_reconciliations")
record TenantReconciliationDocument(@Id String slug, String operationId, Instant reconciledAt,
                                    List<IntegrationReport> integrations) {

    ReconciliationView toView() {
        return new ReconciliationView(slug, operationId, reconciledAt, List.copyOf(integrations));
    }
}
