package eu.dezky.api.member;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Claims a mailbox address platform-wide for {@code claimant} (a member id today; issue 6's aliases and lists claim
 * through the same aggregate). Two concurrent first claims collide on the event store's unique key: one wins.
 */
public record ClaimMailAddressCommand(@TargetAggregateIdentifier MailAddress address, TenantId tenantId,
                                      String claimant) implements TenantScoped {
}
