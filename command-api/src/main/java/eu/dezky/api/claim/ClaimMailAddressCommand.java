package eu.dezky.api.claim;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Claims a mailbox address platform-wide for {@code claimant} (a member id today; issue 6's aliases and lists claim
 * through the same aggregate). Two concurrent first claims collide on the event store's unique key: one wins.
 * A {@code provisional} claim releases itself unless confirmed in time ({@link ConfirmMailAddressClaimCommand}), so
 * a claimant that never came to exist (the engine died between claiming and creating it) cannot hold the address
 * forever; a plain claim holds until released.
 */
public record ClaimMailAddressCommand(@TargetAggregateIdentifier MailAddress address, TenantId tenantId,
                                      String claimant, boolean provisional) implements TenantScoped {

    /** A claim that holds until released. */
    public ClaimMailAddressCommand(MailAddress address, TenantId tenantId, String claimant) {
        this(address, tenantId, claimant, false);
    }
}
