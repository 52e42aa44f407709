package eu.dezky.api.tenant;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;

/**
 * A tenant operation ended: {@code failure} null when it did what it set out to do (steps that need an operator say
 * so in {@code leftovers}); else why it stopped, and a retry goes on from there.
 */
public record TenantOperationEndedEvent(TenantId tenantId, String operationId, TenantOperationKind kind,
                                        String failure, String leftovers) implements TenantScoped, OperationScoped {

    /** Whether it left the tenant offboarded: an offboarding that ended without failure (a stopped one has not). */
    public boolean offboarded() {
        return kind == TenantOperationKind.OFFBOARDING && failure == null;
    }
}
