package eu.dezky.api.tenant;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;

/** The tenant is active again from now on; its resumption operation resumes the members the suspension suspended. */
public record TenantResumedEvent(TenantId tenantId, String operationId) implements TenantScoped, OperationScoped {
}
