package eu.dezky.domain.member;

import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.member.ClaimMailAddressCommand;
import eu.dezky.api.member.ConfirmMailAddressClaimCommand;
import eu.dezky.api.member.ExpireMailAddressClaimCommand;
import eu.dezky.api.member.MailAddress;
import eu.dezky.api.member.MailAddressClaimConfirmedEvent;
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
 * <p>
 * A member's claim is provisional: claiming and creating the member are two commands, and an engine that dies
 * between them would leave the address claimed by nobody, forever. The member's creation confirms the claim; an
 * unconfirmed one is expired (released) by {@code UnconfirmedClaimSaga}'s persistent deadline.
 */
@AggregateRoot(type = "MailAddressClaim")
public class MailAddressClaimAggregate {

    @AggregateIdentifier
    private MailAddress address;
    private TenantId tenantId;
    private String claimant;
    private boolean provisional;

    /** Axon rebuilds the aggregate from its events, and creates it for a first claim, through this constructor. */
    MailAddressClaimAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ClaimMailAddressCommand command) {
        if (claimant != null) {
            throw new RuleViolationException("address-taken", command.address() + " is already in use on this platform");
        }
        apply(new MailAddressClaimedEvent(command.address(), command.tenantId(), command.claimant(),
                command.provisional()));
    }

    @CommandHandler
    void handle(ConfirmMailAddressClaimCommand command) {
        if (provisional && command.claimant().equals(claimant)) {
            apply(new MailAddressClaimConfirmedEvent(address, tenantId, claimant));
        }
    }

    @CommandHandler
    void handle(ReleaseMailAddressCommand command) {
        if (command.claimant().equals(claimant)) {
            apply(new MailAddressReleasedEvent(address, tenantId, claimant));
        }
    }

    /** Only for the claim it names: a later claimant of the same address is not affected. */
    @CommandHandler
    void handle(ExpireMailAddressClaimCommand command) {
        if (provisional && command.claimant().equals(claimant)) {
            apply(new MailAddressReleasedEvent(address, tenantId, claimant));
        }
    }

    @EventSourcingHandler
    void on(MailAddressClaimedEvent event) {
        address = event.address();
        tenantId = event.tenantId();
        claimant = event.claimant();
        provisional = event.provisional();
    }

    @EventSourcingHandler
    void on(MailAddressClaimConfirmedEvent event) {
        provisional = false;
    }

    @EventSourcingHandler
    void on(MailAddressReleasedEvent event) {
        claimant = null;
        provisional = false;
    }
}
