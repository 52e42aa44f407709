package eu.dezky.api.tenant;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.domain.DomainName;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the domain policy once a domain is removed: the tenant forgets it (and its primary, if it was). */
public record DetachMailDomainCommand(@TargetAggregateIdentifier TenantId tenantId, DomainName domain) implements TenantScoped {
}
