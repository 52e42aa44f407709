package eu.dezky.api.tenant;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;

/** What a tenant operation's step asked of one object was refused, with the refusal's code and words. */
public record TenantStepRefusedEvent(TenantId tenantId, String operationId, String step, String code, String reason)
        implements TenantScoped, OperationScoped {
}
