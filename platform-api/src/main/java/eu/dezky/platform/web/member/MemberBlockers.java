package eu.dezky.platform.web.member;

import eu.dezky.platform.web.domain.MailDomainBlockers;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.member.FindMembersQuery;
import eu.dezky.api.member.MemberList;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tenant's members whose mailbox is on the domain block its removal: removing the domain would cut their mail
 * off. Failed and removed members have no mailbox left (a leftover the saga could not delete is still found in the
 * mail server by the removal saga's own check).
 */
@Component
class MemberBlockers implements MailDomainBlockers {

    private static final Set<MemberStatus> GONE = EnumSet.of(MemberStatus.FAILED, MemberStatus.REMOVED);

    private final QueryGateway queries;

    MemberBlockers(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public List<String> of(TenantId tenant, DomainName domain) {
        String suffix = "@" + domain.value();
        return queries.query(new FindMembersQuery(tenant), ResponseTypes.instanceOf(MemberList.class)).join()
                .members().stream()
                .filter(m -> !GONE.contains(m.status()))
                .filter(m -> m.mailbox() != null && m.mailbox().toLowerCase(Locale.ROOT).endsWith(suffix))
                .map(m -> "mailbox " + m.mailbox() + " of member " + m.displayName() + " ("
                        + m.status().name().toLowerCase(Locale.ROOT) + ")")
                .toList();
    }
}
