package eu.dezky.domain.member;

import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.member.ClaimMailAddressCommand;
import eu.dezky.api.member.MailAddress;
import eu.dezky.api.member.MailAddressClaimedEvent;
import eu.dezky.api.member.MailAddressReleasedEvent;
import eu.dezky.api.member.ReleaseMailAddressCommand;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Who holds a mailbox address, platform-wide. The identifier is the lower-cased address, so the event store's
 * unique (aggregate, sequence) key lets exactly one of two concurrent first claims win. A released address lives
 * on as history and can be claimed again, from any tenant. Members claim through it now; issue 6's aliases and
 * mailing lists will too.
 */
@AggregateRoot(type = "MailAddressClaim")
public class MailAddressClaimAggregate {

    @AggregateIdentifier
    private MailAddress address;
    private TenantId tenantId;
    private String claimant;

    /** Axon rebuilds the aggregate from its events, and creates it for a first claim, through this constructor. */
    MailAddressClaimAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ClaimMailAddressCommand command) {
        if (claimant != null) {
            throw new RuleViolationException("address-taken", command.address() + " is already in use on this platform");
        }
        apply(new MailAddressClaimedEvent(command.address(), command.tenantId(), command.claimant()));
    }

    @CommandHandler
    void handle(ReleaseMailAddressCommand command) {
        if (command.claimant().equals(claimant)) {
            apply(new MailAddressReleasedEvent(address, tenantId, claimant));
        }
    }

    @EventSourcingHandler
    void on(MailAddressClaimedEvent event) {
        address = event.address();
        tenantId = event.tenantId();
        claimant = event.claimant();
    }

    @EventSourcingHandler
    void on(MailAddressReleasedEvent event) {
        claimant = null;
    }
}
