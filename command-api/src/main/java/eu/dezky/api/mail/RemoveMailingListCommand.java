package eu.dezky.api.mail;

import eu.dezky.api.operation.OperationScoped;
import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes the list. */
public record RemoveMailingListCommand(@TargetAggregateIdentifier MailingListId id, TenantId tenantId, String operationId)
        implements TenantScoped, OperationScoped {
}
