package eu.dezky.api.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sent by the expiry saga at the expiry time: an unverified domain is released under {@code operationId}. */
public record ExpireMailDomainCommand(@TargetAggregateIdentifier DomainName domain, String operationId) {
}
