package eu.dezky.api.domain;

import eu.dezky.api.tenant.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A tenant admin sets the DMARC policy to publish; the next check compares against it. */
public record ChangeDmarcPolicyCommand(@TargetAggregateIdentifier DomainName domain, TenantId tenantId, DmarcPolicy policy) {
}
