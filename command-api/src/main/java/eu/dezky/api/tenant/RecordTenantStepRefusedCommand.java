package eu.dezky.api.tenant;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The command a tenant operation's step sent to a member, list, alias or domain was refused ({@code code}: the
 * refusal's problem code, such as {@code member-suspended}); the saga learns it from the event.
 */
public record RecordTenantStepRefusedCommand(@TargetAggregateIdentifier TenantId tenantId, String operationId,
                                             String step, String code, String reason)
        implements TenantScoped, OperationScoped {
}
