package eu.dezky.api.tenant;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.domain.DomainName;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the domain policy when a domain was added: the tenant records it, and makes it primary if it has none. */
public record AttachMailDomainCommand(@TargetAggregateIdentifier TenantId tenantId, DomainName domain) implements TenantScoped {
}
