package eu.dezky.api.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** Reported by the verification saga: the per-record results of one DNS check and when the next one is due. */
public record RecordMailDomainCheckCommand(@TargetAggregateIdentifier DomainName domain, List<RecordCheck> results,
                                           Instant checkedAt, Instant nextCheckAt) {
}
