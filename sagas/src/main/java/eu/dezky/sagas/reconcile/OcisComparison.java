package eu.dezky.sagas.reconcile;

import eu.dezky.adapters.ocis.OcisClient;
import eu.dezky.adapters.ocis.OcisUser;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.reconcile.Difference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The tenant against oCIS: each member's file account exists with {@code accountEnabled} false exactly when the member
 * is suspended; users marked for a member the tenant no longer has are orphaned; users on the tenant's domains without
 * a dezky marker are foreign.
 */
final class OcisComparison {

    static final String TYPE_USER = "user";

    private final OcisClient ocis;

    OcisComparison(OcisClient ocis) {
        this.ocis = ocis;
    }

    List<Difference> compare(Expected expected) {
        Map<String, OcisUser> users = ocis.listUsers().stream().filter(u -> u.onPremisesSamAccountName() != null)
                .collect(Collectors.toMap(OcisUser::onPremisesSamAccountName, Function.identity(), (a, b) -> a));
        List<Difference> out = new ArrayList<>();
        List<MemberView> members = expected.withAccountIn(MemberSystem.FILES);
        for (MemberView member : members) {
            OcisUser user = users.get(member.mailbox());
            if (user == null) {
                out.add(Difference.missing(TYPE_USER, member.mailbox(), member.id()));
                continue;
            }
            boolean enabled = !Expected.suspended(member, MemberSystem.FILES);
            // oCIS omits accountEnabled for a user created without it, which means enabled
            boolean theirs = !Boolean.FALSE.equals(user.accountEnabled());
            if (theirs != enabled) {
                out.add(Difference.drifted(TYPE_USER, member.mailbox(), "accountEnabled", String.valueOf(enabled),
                        String.valueOf(theirs), member.id(), user.id()));
            }
        }
        Set<String> live = expected.liveMemberIds();
        Set<String> mine = members.stream().map(MemberView::mailbox).collect(Collectors.toSet());
        for (OcisUser user : users.values()) {
            if (mine.contains(user.onPremisesSamAccountName())) {
                continue;
            }
            var owner = user.ownership();
            if (owner.isPresent() && owner.get().tenant().equals(expected.tenant())
                    && !live.contains(owner.get().member())) {
                out.add(Difference.orphaned(TYPE_USER, user.onPremisesSamAccountName(), user.id()));
            } else if (owner.isEmpty() && (expected.onOurDomains(user.onPremisesSamAccountName())
                    || expected.onOurDomains(user.mail()))) {
                out.add(Difference.foreign(TYPE_USER, user.onPremisesSamAccountName(), user.id()));
            }
        }
        return out;
    }
}
