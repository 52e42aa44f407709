package eu.dezky.domain.claim;

import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.claim.ClaimMailAddressCommand;
import eu.dezky.api.claim.ConfirmMailAddressClaimCommand;
import eu.dezky.api.claim.ExpireMailAddressClaimCommand;
import eu.dezky.api.claim.JoinMailAddressCommand;
import eu.dezky.api.claim.LeaveMailAddressCommand;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.claim.MailAddressClaimConfirmedEvent;
import eu.dezky.api.claim.MailAddressClaimedEvent;
import eu.dezky.api.claim.MailAddressJoinedEvent;
import eu.dezky.api.claim.MailAddressLeftEvent;
import eu.dezky.api.claim.MailAddressReleasedEvent;
import eu.dezky.api.claim.ReleaseMailAddressCommand;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateRoot;
import org.axonframework.modelling.command.CreationPolicy;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Who holds a mailbox address, platform-wide. The identifier is the lower-cased address, so the event store's
 * unique (aggregate, sequence) key lets exactly one of two concurrent first claims win. A first claim makes one
 * holder; memberships of the same person in other tenants may join it and share the mailbox. A removal leaves: the
 * last holder to leave tears the accounts down while the address stays taken ({@code closing}), and releases it
 * once the mailbox is gone, so nobody can claim the address and adopt the old mailbox by name. Because all of this is
 * decided here, one command at a time, two concurrent removals can never both keep (or both delete) the mailbox. A
 * released address lives on as history and can be claimed again, from any tenant.
 * <p>
 * A member's first claim is provisional: claiming and creating the member are two commands, and an engine that dies
 * between them would leave the address claimed by nobody, forever. The member's creation confirms the claim; an
 * unconfirmed one is expired (released) by {@code UnconfirmedClaimSaga}'s persistent deadline.
 */
@AggregateRoot(type = "MailAddressClaim")
public class MailAddressClaimAggregate {

    @AggregateIdentifier
    private MailAddress address;
    /** claimant → its tenant, in joining order. */
    private final Map<String, TenantId> holders = new LinkedHashMap<>();
    /** The last holder that left and is tearing the accounts down; null otherwise. */
    private String closing;
    private TenantId closingTenant;
    /** The first claim is not confirmed yet (see above). */
    private boolean provisional;

    /** Axon rebuilds the aggregate from its events, and creates it for a first claim, through this constructor. */
    MailAddressClaimAggregate() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ClaimMailAddressCommand command) {
        if (!holders.isEmpty() || closing != null) {
            throw new RuleViolationException("address-taken", command.address() + " is already in use on this platform");
        }
        apply(new MailAddressClaimedEvent(command.address(), command.tenantId(), command.claimant(),
                command.provisional()));
    }

    @CommandHandler
    void handle(ConfirmMailAddressClaimCommand command) {
        if (provisional && holders.containsKey(command.claimant())) {
            apply(new MailAddressClaimConfirmedEvent(address, holders.get(command.claimant()), command.claimant()));
        }
    }

    /** Only for the unconfirmed first claim it names: a later claimant of the same address is not affected. */
    @CommandHandler
    void handle(ExpireMailAddressClaimCommand command) {
        if (provisional && holders.size() == 1 && holders.containsKey(command.claimant())) {
            apply(new MailAddressReleasedEvent(address, holders.get(command.claimant()), command.claimant()));
        }
    }

    @CommandHandler
    void handle(JoinMailAddressCommand command) {
        if (holders.containsKey(command.claimant())) {
            return;
        }
        if (!holders.containsKey(command.via())) {
            throw new RuleViolationException("mailbox-not-shared", address + " is no longer used by the membership "
                    + command.via() + "; it cannot be shared");
        }
        if (holders.containsValue(command.tenantId())) {
            throw new RuleViolationException("already-member", "the tenant '" + command.tenantId().slug()
                    + "' already has a membership with the mailbox " + address);
        }
        apply(new MailAddressJoinedEvent(address, command.tenantId(), command.claimant(), command.via()));
    }

    @CommandHandler
    void handle(LeaveMailAddressCommand command) {
        TenantId tenant = holders.get(command.claimant());
        if (tenant != null) {
            apply(new MailAddressLeftEvent(address, tenant, command.claimant(), holders.size() == 1));
        }
    }

    @CommandHandler
    void handle(ReleaseMailAddressCommand command) {
        String claimant = command.claimant();
        if (claimant.equals(closing)) {
            apply(new MailAddressReleasedEvent(address, closingTenant, claimant));
        } else if (holders.size() == 1 && holders.containsKey(claimant)) {
            apply(new MailAddressReleasedEvent(address, holders.get(claimant), claimant));
        } else if (holders.containsKey(claimant)) {
            apply(new MailAddressLeftEvent(address, holders.get(claimant), claimant, false));
        }
    }

    @EventSourcingHandler
    void on(MailAddressClaimedEvent event) {
        address = event.address();
        holders.clear();
        holders.put(event.claimant(), event.tenantId());
        provisional = event.provisional();
    }

    @EventSourcingHandler
    void on(MailAddressClaimConfirmedEvent event) {
        provisional = false;
    }

    @EventSourcingHandler
    void on(MailAddressJoinedEvent event) {
        holders.put(event.claimant(), event.tenantId());
    }

    @EventSourcingHandler
    void on(MailAddressLeftEvent event) {
        holders.remove(event.claimant());
        if (event.lastHolder()) {
            closing = event.claimant();
            closingTenant = event.tenantId();
        }
    }

    @EventSourcingHandler
    void on(MailAddressReleasedEvent event) {
        holders.clear();
        closing = null;
        closingTenant = null;
        provisional = false;
    }
}
