package eu.dezky.api.mail;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The mail server has the alias (or the step was skipped because Stalwart provisioning is off). */
public record RecordMailAliasProvisionedCommand(@TargetAggregateIdentifier MailAliasId id) {
}
