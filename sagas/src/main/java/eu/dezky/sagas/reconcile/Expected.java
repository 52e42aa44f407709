package eu.dezky.sagas.reconcile;

import eu.dezky.api.member.AccountState;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.MemberView;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tenant as the engine knows it, read from the read models: its mail domains in the mail server, its members
 * with their accounts' states, its aliases and lists. What a comparison expects each system to hold.
 *
 * @param members every member not removed or failed (provisioning and removing ones included: they own their objects)
 */
record Expected(String tenant, List<String> domains, List<MemberView> members, List<Alias> aliases,
                List<MailList> lists) {

    /** An active alias and the mailbox it delivers to. */
    record Alias(String address, String mailbox, String memberId) {
    }

    /** An active list and its recipients. */
    record MailList(String address, List<String> recipients) {
    }

    /** The SSO group every member of the tenant belongs to. */
    String group() {
        return "dezky-" + tenant;
    }

    /** The ids of the members that own objects: an object marked for anyone else of this tenant is orphaned. */
    Set<String> liveMemberIds() {
        return members.stream().map(MemberView::id).collect(Collectors.toSet());
    }

    /** Members whose account in {@code system} should exist now (active or suspended there), not mid-operation. */
    List<MemberView> withAccountIn(MemberSystem system) {
        return members.stream().filter(m -> m.status() == MemberStatus.ACTIVE || m.status() == MemberStatus.SUSPENDED)
                .filter(m -> m.systems() != null && m.systems().stream().anyMatch(a -> a.system() == system
                        && (a.state() == AccountState.ACTIVE || a.state() == AccountState.SUSPENDED)))
                .toList();
    }

    /** Whether the member's account in {@code system} should be blocked. */
    static boolean suspended(MemberView member, MemberSystem system) {
        return member.systems().stream().anyMatch(a -> a.system() == system && a.state() == AccountState.SUSPENDED);
    }

    /** Whether {@code address} (a username or mail address) is on one of the tenant's domains. */
    boolean onOurDomains(String address) {
        if (address == null || !address.contains("@")) {
            return false;
        }
        String domain = address.substring(address.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        return domains.contains(domain);
    }
}
