package eu.dezky.api.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Reported by the setup saga: the mail server has the domain and these are the records to publish. */
public record RecordMailDomainProvisionedCommand(@TargetAggregateIdentifier DomainName domain, String stalwartDomainId,
                                                 List<ExpectedDnsRecord> expectedRecords) {
}
