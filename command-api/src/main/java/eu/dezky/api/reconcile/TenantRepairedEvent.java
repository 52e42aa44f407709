package eu.dezky.api.reconcile;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;
import eu.dezky.api.tenant.TenantId;

/** A repair ended; {@code reason} names what is left for an operator (null when everything was put right). */
public record TenantRepairedEvent(TenantId tenantId, String operationId, String reason)
        implements TenantScoped, OperationScoped {
}
