package eu.dezky.sagas.reconcile;

import eu.dezky.adapters.authentik.AuthentikClient;
import eu.dezky.adapters.authentik.AuthentikUser;
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
 * The tenant against Authentik: each member's SSO user exists, is active exactly when the member is not suspended,
 * and belongs to the tenant's group; users marked for a member the tenant no longer has are orphaned; users on the
 * tenant's domains or in its group without any dezky marker are foreign.
 */
final class AuthentikComparison {

    static final String TYPE_USER = "user";
    static final String TYPE_GROUP = "group-membership";

    private final AuthentikClient authentik;

    AuthentikComparison(AuthentikClient authentik) {
        this.authentik = authentik;
    }

    List<Difference> compare(Expected expected) {
        Map<String, AuthentikUser> users = authentik.listUsers().stream()
                .collect(Collectors.toMap(AuthentikUser::username, Function.identity(), (a, b) -> a));
        Set<Integer> group = authentik.groupMembers(expected.group()).orElse(Set.of());
        List<Difference> out = new ArrayList<>();
        List<MemberView> members = expected.withAccountIn(MemberSystem.SSO);
        for (MemberView member : members) {
            AuthentikUser user = users.get(member.mailbox());
            if (user == null) {
                out.add(Difference.missing(TYPE_USER, member.mailbox(), member.id()));
                continue;
            }
            String pk = String.valueOf(user.pk());
            boolean active = !Expected.suspended(member, MemberSystem.SSO);
            if (user.active() != active) {
                out.add(Difference.drifted(TYPE_USER, member.mailbox(), "active", String.valueOf(active),
                        String.valueOf(user.active()), member.id(), pk));
            }
            if (!group.contains(user.pk())) {
                out.add(Difference.drifted(TYPE_GROUP, member.mailbox(), expected.group(), "member", "not a member",
                        member.id(), pk));
            }
        }
        Set<String> live = expected.liveMemberIds();
        Set<String> mine = members.stream().map(MemberView::mailbox).collect(Collectors.toSet());
        for (AuthentikUser user : users.values()) {
            if (mine.contains(user.username())) {
                continue;
            }
            var owner = user.ownership();
            if (owner.isPresent() && owner.get().tenant().equals(expected.tenant())
                    && !live.contains(owner.get().member())) {
                out.add(Difference.orphaned(TYPE_USER, user.username(), String.valueOf(user.pk())));
            } else if (owner.isEmpty() && (group.contains(user.pk()) || expected.onOurDomains(user.username()))) {
                out.add(Difference.foreign(TYPE_USER, user.username(), String.valueOf(user.pk())));
            }
        }
        return out;
    }
}
