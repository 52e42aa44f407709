package eu.dezky.api.mail;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Provisioning failed for good. {@code leftover}: undoing it failed too, so the mail server still holds something an
 * operator must remove (the reason says what) and the address stays claimed.
 */
public record RecordMailAliasProvisioningFailedCommand(@TargetAggregateIdentifier MailAliasId id, String reason,
                                                       boolean leftover) {
}
