package eu.dezky.platform.application.mail;

import eu.dezky.platform.application.DuplicateAggregateDetector;
import eu.dezky.platform.application.NotFoundException;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.FindMailDomainsQuery;
import eu.dezky.api.domain.MailDomainList;
import eu.dezky.api.mail.Recipients;
import eu.dezky.api.claim.ClaimMailAddressCommand;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.claim.ReleaseMailAddressCommand;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the alias and list flows share: reading an address, checking that its domain is one of the tenant's mail
 * domains, and claiming it in the platform-wide namespace of mailboxes, aliases and lists.
 */
@Component
public class MailAddresses {

    /** Verified or not, mail flows once DNS is right; only a domain on its way out (or never registered) is refused. */
    private static final Set<DomainStatus> UNUSABLE = EnumSet.of(DomainStatus.FAILED, DomainStatus.REMOVING,
            DomainStatus.REMOVED);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final DuplicateAggregateDetector duplicates;

    MailAddresses(CommandGateway commands, QueryGateway queries, DuplicateAggregateDetector duplicates) {
        this.commands = commands;
        this.queries = queries;
        this.duplicates = duplicates;
    }

    /** The address in the body: lower-case, IDN domain as A-labels; 400 naming {@code field} when it is none. */
    static MailAddress parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(field, field + " is required");
        }
        String canonical = Recipients.canonical(raw);
        if (canonical == null) {
            throw new InvalidValueException(field, InvalidValueException.quote(raw) + " is not an e-mail address");
        }
        return new MailAddress(canonical);
    }

    /** An address in a path; anything unreadable simply names nothing there. */
    public static MailAddress fromPath(String raw, String what) {
        String canonical = Recipients.canonical(raw);
        if (canonical == null) {
            throw new NotFoundException("the tenant has no " + what + " " + InvalidValueException.quote(raw));
        }
        return new MailAddress(canonical);
    }

    /**
     * The address's domain must be a usable mail domain of this tenant. Another tenant's domain gets the same answer
     * as an unknown one, so the refusal does not reveal who owns it.
     */
    void requireTenantDomain(TenantId tenant, MailAddress address) {
        MailDomainList domains = queries.query(new FindMailDomainsQuery(tenant),
                ResponseTypes.instanceOf(MailDomainList.class)).join();
        boolean ours = domains.domains().stream().anyMatch(d -> d.domain().equals(address.domain())
                && !UNUSABLE.contains(d.status()));
        if (!ours) {
            throw new InvalidValueException("address", "'" + address.domain() + "' is not a mail domain of the tenant '"
                    + tenant.slug() + "'; add it under /api/tenants/" + tenant.slug() + "/domains first");
        }
    }

    /**
     * Claims the address for {@code claimant} (an alias's or list's id); 409 when a mailbox, alias or list has it
     * (concurrently too). Provisional: {@code UnconfirmedClaimSaga} confirms it when the alias or list exists and
     * releases it if it never appears (the engine stopped between claim and create).
     */
    void claim(TenantId tenant, MailAddress address, String claimant) {
        duplicates.sendCreate(commands, new ClaimMailAddressCommand(address, tenant, claimant, true), "address-taken",
                "the address '" + address + "' is already in use on this platform");
    }

    /** A create refused after the claim frees the address again at once, so the admin can retry. */
    void releaseAfter(Runnable create, MailAddress address, String claimant) {
        try {
            create.run();
        } catch (RuntimeException e) {
            commands.sendAndWait(new ReleaseMailAddressCommand(address, claimant));
            throw e;
        }
    }
}
