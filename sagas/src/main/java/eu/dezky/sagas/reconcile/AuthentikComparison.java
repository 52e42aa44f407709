package eu.dezky.sagas.reconcile;

import eu.dezky.adapters.authentik.AuthentikClient;
import eu.dezky.adapters.authentik.AuthentikUser;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.reconcile.Difference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tenant against Authentik: each member's SSO user exists, is active exactly when the member is not suspended,
 * and belongs to the tenant's group; users marked for a member the tenant no longer has are orphaned; users on the
 * tenant's domains or in its group without any dezky marker are foreign.
 *
 * <p>Only the users that can matter to this tenant are read, so the cost follows the tenant's size, not the
 * installation's: those carrying its marker, those on its domains, the group's members when some are not among them,
 * and by username a member's mailbox found in none of these. Each user is then classified exactly as if every user
 * had been listed: a user outside these sets would have been classified as nothing.
 */
final class AuthentikComparison {

    static final String TYPE_USER = "user";
    static final String TYPE_GROUP = "group-membership";

    private final AuthentikClient authentik;

    AuthentikComparison(AuthentikClient authentik) {
        this.authentik = authentik;
    }

    List<Difference> compare(Expected expected) {
        Set<Integer> group = authentik.groupMembers(expected.group()).orElse(Set.of());
        Map<String, AuthentikUser> users = new LinkedHashMap<>();
        authentik.usersMarkedFor(expected.tenant()).forEach(u -> users.putIfAbsent(u.username(), u));
        for (String domain : expected.domains()) {
            authentik.usersOnDomain(domain).forEach(u -> users.putIfAbsent(u.username(), u));
        }
        Set<Integer> seen = users.values().stream().map(AuthentikUser::pk).collect(Collectors.toSet());
        if (!seen.containsAll(group)) {
            // a member of the group we have not seen yet: unmarked and on no domain of ours, perhaps foreign
            authentik.usersInGroup(expected.group()).forEach(u -> users.putIfAbsent(u.username(), u));
        }
        List<Difference> out = new ArrayList<>();
        List<MemberView> members = expected.withAccountIn(MemberSystem.SSO);
        for (MemberView member : members) {
            AuthentikUser user = users.get(member.mailbox());
            if (user == null) {
                // unmarked and off our domains (say, a lapsed one), or really missing: only its username can tell
                user = authentik.findUserByUsername(member.mailbox()).orElse(null);
            }
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
