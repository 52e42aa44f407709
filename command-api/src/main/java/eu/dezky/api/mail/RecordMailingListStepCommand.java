package eu.dezky.api.mail;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The saga reports the mail-server step of the list's current operation. */
public record RecordMailingListStepCommand(@TargetAggregateIdentifier MailingListId id, MailStep step) {
}
