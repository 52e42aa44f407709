package eu.dezky.api.claim;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds {@code claimant} (a membership in {@code tenantId}) as a further holder of an address that {@code via} (a
 * membership of the same person in another tenant) holds: the memberships share the mailbox. Refused when {@code via}
 * no longer holds it or the tenant already holds it.
 */
public record JoinMailAddressCommand(@TargetAggregateIdentifier MailAddress address, TenantId tenantId,
                                     String claimant, String via) implements TenantScoped {
}
