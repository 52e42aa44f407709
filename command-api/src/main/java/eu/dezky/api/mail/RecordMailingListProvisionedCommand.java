package eu.dezky.api.mail;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The mail server has the list as it should be now (or the step was skipped): creation or change done. */
public record RecordMailingListProvisionedCommand(@TargetAggregateIdentifier MailingListId id) {
}
