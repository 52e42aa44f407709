package eu.dezky.api.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reported by the setup saga when mail provisioning is switched off: the domain gets the ownership record only. */
public record RecordMailDomainProvisioningSkippedCommand(@TargetAggregateIdentifier DomainName domain, String reason) {
}
