package eu.dezky.domain.maildomain;

import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.domain.DnsRecordType;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.RecordCheck;
import eu.dezky.api.domain.RecordCheckStatus;
import eu.dezky.api.tenant.TenantId;

import java.util.List;
import java.util.Set;

/**
 * Who may keep a domain: one whose ownership record was never seen is provisional (it expires, and a tenant that
 * proves ownership in DNS takes it over); once seen, the domain stays with its tenant, whatever DNS says later.
 */
final class OwnershipRule {

    /** Where a contested domain is read from the answer: the caller's own record under the same name. */
    static final String HELD_UNVERIFIED = "domain-held-unverified";
    static final String NOT_PROVEN = "ownership-not-proven";
    static final String SUPPORT = "a verified domain is never taken over automatically: if you own it, contact your"
            + " provider's support with proof of ownership (your registrar's record of the domain)";

    private static final Set<DomainStatus> GOING = Set.of(DomainStatus.REMOVING, DomainStatus.REMOVED);

    private OwnershipRule() {
    }

    /** Why a second add of a live domain is refused; the caller adds the record to publish for a takeover. */
    static RuleViolationException conflict(DomainName domain, boolean ownershipProven) {
        return ownershipProven
                ? new RuleViolationException("domain-taken", domain + " is already in use on this platform; " + SUPPORT)
                : new RuleViolationException(HELD_UNVERIFIED, domain + " is held by another tenant that has not proven"
                + " its ownership; publish your ownership record and take the domain over");
    }

    static boolean seen(List<RecordCheck> results) {
        return results.stream().anyMatch(r -> r.type() == DnsRecordType.OWNERSHIP && r.status() == RecordCheckStatus.OK);
    }

    /** Live and never proven: the expiry applies. */
    static boolean provisional(DomainStatus status, boolean ownershipProven) {
        return status != null && !GOING.contains(status) && !ownershipProven;
    }

    /** The refusals in the order that helps the claimant: nothing to take, nothing it could do, then its record. */
    static void requireTakeable(DomainName domain, DomainStatus status, boolean ownershipProven, TenantId holder,
                                TenantId claimant, boolean recordFound) {
        if (status == null || status == DomainStatus.REMOVED) {
            throw new RuleViolationException("domain-not-held", domain + " is not held by any tenant; add it instead");
        }
        if (holder.equals(claimant)) {
            throw new RuleViolationException("domain-already-yours", domain + " is already one of your domains");
        }
        if (ownershipProven) {
            throw conflict(domain, true);
        }
        if (status == DomainStatus.REMOVING) {
            throw new RuleViolationException("domain-removing", domain + " is being removed; add it once it is gone");
        }
        if (!recordFound) {
            throw new RuleViolationException(NOT_PROVEN, "your ownership record of " + domain + " was not found in"
                    + " DNS; publish it, wait for DNS to pass it on, then try again");
        }
    }
}
