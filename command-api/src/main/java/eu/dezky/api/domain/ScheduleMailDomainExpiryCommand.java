package eu.dezky.api.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Reported by the expiry saga: an unverified domain expires at {@code expiresAt} unless its ownership is proven. */
public record ScheduleMailDomainExpiryCommand(@TargetAggregateIdentifier DomainName domain, Instant expiresAt) {
}
