package eu.dezky.api.reconcile;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;
import eu.dezky.api.tenant.TenantId;

import java.util.List;

/** What a comparison found, per integration: the latest result is the tenant's provisioning status. */
public record TenantReconciledEvent(TenantId tenantId, String operationId, List<IntegrationReport> integrations)
        implements TenantScoped, OperationScoped {

    /** True when an integration drifted or could not be read. */
    public boolean needsAttention() {
        return integrations.stream().anyMatch(i -> i.status() != IntegrationStatus.OK);
    }
}
