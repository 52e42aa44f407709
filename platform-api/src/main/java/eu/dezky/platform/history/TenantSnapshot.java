package eu.dezky.platform.history;

import eu.dezky.api.domain.MailDomainList;
import eu.dezky.api.mail.MailAliasList;
import eu.dezky.api.mail.MailingListList;
import eu.dezky.api.member.MemberList;
import eu.dezky.api.tenant.TenantView;

import java.time.Instant;

/**
 * A tenant at {@code at} as the projections' query handlers answer for it: the tenant, all its members (removed
 * ones included), domains, aliases and lists. {@code events} is how many of the tenant's events led there.
 */
public record TenantSnapshot(Instant at, int events, TenantView tenant, MemberList members, MailDomainList domains,
                             MailAliasList aliases, MailingListList lists) {
}
