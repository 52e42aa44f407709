package eu.dezky.api.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reported by the setup saga: registration failed for good (a reason a person can act on). */
public record RecordMailDomainProvisioningFailedCommand(@TargetAggregateIdentifier DomainName domain, String reason) {
}
