package eu.dezky.domain.maildomain;

import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.RecordCheck;
import eu.dezky.api.domain.RecordCheckStatus;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When a domain can be checked, and the overall status one DNS check implies. A lookup that failed ("we could not ask") says nothing about the
 * record, so it never moves the status: neither to VERIFIED nor away from it.
 */
final class DomainStatusRule {

    static final Set<DomainStatus> CHECKABLE =
            Set.of(DomainStatus.PENDING, DomainStatus.VERIFIED, DomainStatus.NEEDS_ATTENTION);

    private DomainStatusRule() {
    }

    static void requireCheckable(DomainName domain, DomainStatus status) {
        if (!CHECKABLE.contains(status)) {
            throw new RuleViolationException("domain-not-checkable", domain + " cannot be checked while it is "
                    + status.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
    }

    static DomainStatus after(DomainStatus current, boolean everVerified, List<RecordCheck> results) {
        boolean wrong = results.stream().anyMatch(r -> r.status() == RecordCheckStatus.MISSING
                || r.status() == RecordCheckStatus.MISMATCH);
        if (wrong) {
            // a domain that worked once and broke needs the admin's attention; one never verified is still pending
            return everVerified ? DomainStatus.NEEDS_ATTENTION : DomainStatus.PENDING;
        }
        boolean allOk = !results.isEmpty() && results.stream().allMatch(r -> r.status() == RecordCheckStatus.OK);
        return allOk ? DomainStatus.VERIFIED : current;
    }
}
