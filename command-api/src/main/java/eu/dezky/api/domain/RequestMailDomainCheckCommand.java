package eu.dezky.api.domain;

import eu.dezky.api.tenant.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A tenant admin asks for a DNS check now ({@code POST …/recheck}). */
public record RequestMailDomainCheckCommand(@TargetAggregateIdentifier DomainName domain, TenantId tenantId, String operationId) {
}
