package eu.dezky.api.mail;

import eu.dezky.api.operation.OperationScoped;
import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a distribution list; sent once the address has been claimed. */
public record CreateMailingListCommand(@TargetAggregateIdentifier MailingListId id, TenantId tenantId, String name,
                                       Recipients recipients, String operationId) implements TenantScoped, OperationScoped {
}
