package eu.dezky.api.domain;

import eu.dezky.api.mail.MailStep;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The set-up or removal saga reports the mail-server step of the domain's current operation. */
public record RecordMailDomainStepCommand(@TargetAggregateIdentifier DomainName domain, MailStep step) {
}
