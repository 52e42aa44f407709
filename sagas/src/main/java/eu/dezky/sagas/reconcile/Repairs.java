package eu.dezky.sagas.reconcile;

import eu.dezky.adapters.authentik.AuthentikClient;
import eu.dezky.adapters.authentik.AuthentikUserId;
import eu.dezky.adapters.http.AdapterException;
import eu.dezky.adapters.ocis.OcisClient;
import eu.dezky.adapters.ocis.OcisUserId;
import eu.dezky.adapters.stalwart.StalwartClient;
import eu.dezky.adapters.stalwart.StalwartDomain;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.reconcile.Difference;
import eu.dezky.api.reconcile.RepairItem;
import eu.dezky.sagas.mail.MailServer;
import eu.dezky.sagas.member.MemberAccounts;
import eu.dezky.sagas.steps.Done;
import eu.dezky.sagas.steps.StepFailed;

import java.util.Optional;

/**
 * What a repair does to one object, in our words: re-create a member's missing account (create-or-adopt with our
 * marker, then re-apply a suspension), re-apply an account's state, rejoin the tenant's group, re-register a domain,
 * re-add an alias, re-put a list, or remove an orphan — but only after looking again that it still carries this
 * tenant's marker, so nothing foreign is ever touched. Injected into the repair saga as a resource.
 */
public class Repairs {

    /** A re-created account: its id and, for the SSO identity, the member's new subject. */
    public record Recreated(MemberSystem system, String id, String ssoSubject) {
    }

    private final MemberAccounts accounts;
    private final MailServer mail;
    private final AuthentikClient authentik;
    private final StalwartClient stalwart;
    private final OcisClient ocis;

    public Repairs(MemberAccounts accounts, MailServer mail, AuthentikClient authentik, StalwartClient stalwart,
                   OcisClient ocis) {
        this.accounts = accounts;
        this.mail = mail;
        this.authentik = authentik;
        this.stalwart = stalwart;
        this.ocis = ocis;
    }

    /** The member's system for an item that concerns a member's own account; empty for anything else. */
    static Optional<MemberSystem> memberSystem(RepairItem item) {
        String type = item.difference().type();
        return switch (item.integration()) {
            case "authentik" -> type.equals(AuthentikComparison.TYPE_USER) ? Optional.of(MemberSystem.SSO)
                    : Optional.empty();
            case "stalwart" -> type.equals("mailbox") ? Optional.of(MemberSystem.MAILBOX) : Optional.empty();
            case "ocis" -> Optional.of(MemberSystem.FILES);
            default -> Optional.empty();
        };
    }

    /** Creates (or adopts) the member's account with the new password; a suspended member's stays blocked. */
    Recreated recreate(String tenant, RepairItem item, MemberSystem system, String password) {
        Difference d = item.difference();
        MemberAccounts.Member member = new MemberAccounts.Member(tenant, d.memberId(), item.displayName(),
                new MailAddress(d.object()));
        MemberAccounts.Provisioned done = accounts.provision(system, member, password);
        if (item.suspended()) {
            accounts.suspend(system, done.id());
        }
        return new Recreated(system, done.id(), done.ssoSubject());
    }

    /** Blocks or unblocks the account as the engine has it ({@code ours} of the drifted field). */
    Done reapply(RepairItem item, MemberSystem system) {
        Difference d = item.difference();
        boolean blocked = d.field().equals("frozen") ? Boolean.parseBoolean(d.ours()) : !Boolean.parseBoolean(d.ours());
        if (blocked) {
            accounts.suspend(system, d.externalId());
        } else {
            accounts.resume(system, d.externalId());
        }
        return Done.detail(blocked ? "blocked again" : "unblocked again");
    }

    Done rejoinGroup(String tenant, RepairItem item) {
        authentik.addToGroup(authentik.findOrCreateGroup("dezky-" + tenant),
                new AuthentikUserId(Integer.parseInt(item.difference().externalId())));
        return Done.detail("back in dezky-" + tenant);
    }

    /** Removes an orphan after checking again that it is still ours: gone already counts as done. */
    Done removeOrphan(String tenant, RepairItem item) {
        String id = item.difference().externalId();
        boolean ours = switch (item.integration()) {
            case "authentik" -> authentik.findUser(new AuthentikUserId(Integer.parseInt(id)))
                    .flatMap(u -> u.ownership()).filter(o -> o.tenant().equals(tenant)).isPresent();
            case "stalwart" -> ownedMailbox(id, tenant);
            default -> ocis.findUser(id).flatMap(u -> u.ownership()).filter(o -> o.tenant().equals(tenant))
                    .isPresent();
        };
        if (!ours) {
            return Done.detail("already gone, or no longer carries our marker: left alone");
        }
        switch (item.integration()) {
            case "authentik" -> authentik.deleteUser(new AuthentikUserId(Integer.parseInt(id)));
            case "stalwart" -> stalwart.destroyAccount(id);
            default -> ocis.deleteUser(new OcisUserId(id));
        }
        return Done.detail("removed");
    }

    private boolean ownedMailbox(String id, String tenant) {
        try {
            return stalwart.getAccount(id).ownership().filter(o -> o.tenant().equals(tenant)).isPresent();
        } catch (AdapterException e) {
            if (e.kind() == AdapterException.Kind.NOT_FOUND) {
                return false;
            }
            throw e;
        }
    }

    /** Re-registers a missing domain (Stalwart then makes its DKIM keys itself). */
    Done domain(RepairItem item) {
        StalwartDomain domain = stalwart.createOrAdoptDomain(item.difference().object());
        return Done.object(domain.id());
    }

    /** Re-adds a missing alias to the mailbox that should carry it. */
    Done alias(RepairItem item) {
        MailAddress alias = new MailAddress(item.difference().object());
        String domainId = stalwart.findDomain(alias.domain()).orElseThrow(() -> new StepFailed("the domain "
                + alias.domain() + " is not in the mail server; repair it first")).id();
        stalwart.addAlias(item.difference().externalId(), alias.localPart(), domainId);
        return Done.detail("added again");
    }

    /** Makes the list exactly as the engine has it. */
    Done list(RepairItem item) {
        mail.putList(new MailAddress(item.difference().object()), item.displayName(), item.recipients());
        return Done.detail("put back as the engine has it");
    }
}
