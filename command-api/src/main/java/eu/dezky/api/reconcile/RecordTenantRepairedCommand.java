package eu.dezky.api.reconcile;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The repair saga ran every step; {@code reason} says what could not be put right (null when everything was). */
public record RecordTenantRepairedCommand(@TargetAggregateIdentifier TenantId tenantId, String operationId,
                                          String reason) implements TenantScoped, OperationScoped {
}
