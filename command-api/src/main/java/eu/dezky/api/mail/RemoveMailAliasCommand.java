package eu.dezky.api.mail;

import eu.dezky.api.operation.OperationScoped;
import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Removes the alias. {@code reason} is null when an admin removes it and says why otherwise (its member was
 * removed); such a removal is accepted in any state, since the member it delivered to is gone.
 */
public record RemoveMailAliasCommand(@TargetAggregateIdentifier MailAliasId id, TenantId tenantId, String reason, String operationId)
        implements TenantScoped, OperationScoped {
}
