package eu.dezky.api.mail;

import eu.dezky.api.operation.OperationScoped;
import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces the list's name and recipients. */
public record ChangeMailingListCommand(@TargetAggregateIdentifier MailingListId id, TenantId tenantId, String name,
                                       Recipients recipients, String operationId) implements TenantScoped, OperationScoped {
}
