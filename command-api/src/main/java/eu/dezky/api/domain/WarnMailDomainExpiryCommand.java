package eu.dezky.api.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the expiry saga when the warning time of an unverified domain has come. */
public record WarnMailDomainExpiryCommand(@TargetAggregateIdentifier DomainName domain) {
}
