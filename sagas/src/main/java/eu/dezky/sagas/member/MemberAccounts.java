package eu.dezky.sagas.member;

import eu.dezky.adapters.authentik.AuthentikClient;
import eu.dezky.adapters.authentik.AuthentikUser;
import eu.dezky.adapters.authentik.AuthentikUserId;
import eu.dezky.adapters.authentik.NewAuthentikUser;
import eu.dezky.adapters.authentik.SsoSubjectMode;
import eu.dezky.adapters.common.Ownership;
import eu.dezky.adapters.http.AdapterException;
import eu.dezky.adapters.ocis.NewOcisUser;
import eu.dezky.adapters.ocis.OcisClient;
import eu.dezky.adapters.ocis.OcisUser;
import eu.dezky.adapters.ocis.OcisUserId;
import eu.dezky.adapters.stalwart.NewAccount;
import eu.dezky.adapters.stalwart.StalwartAccount;
import eu.dezky.adapters.stalwart.StalwartClient;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.AccountState;
import eu.dezky.api.member.MemberSystem;

import java.util.Optional;

/**
 * A member's account in each system, in our words: provision one (create-or-adopt, so a repeat after a crash or a
 * lost answer is safe), find it again by natural key (the mailbox address) and our ownership marker, and remove one
 * again. Injected into the member sagas as a resource.
 */
public class MemberAccounts {

    /** Who is onboarded; the Authentik and oCIS usernames are the mailbox address (unique platform-wide). */
    public record Member(String tenant, String memberId, String displayName, MailAddress mailbox) {
    }

    /** A provisioned step: the object's id in the system and, for SSO, the {@code sub} of the member's tokens. */
    public record Provisioned(String id, String ssoSubject) {
    }

    private final AuthentikClient authentik;
    private final StalwartClient stalwart;
    private final OcisClient ocis;
    private final SsoSubjectMode subjectMode;

    /** {@code subjectMode} must be the {@code sub_mode} of the Authentik provider that issues the portal's tokens. */
    public MemberAccounts(AuthentikClient authentik, StalwartClient stalwart, OcisClient ocis,
                          SsoSubjectMode subjectMode) {
        this.authentik = authentik;
        this.stalwart = stalwart;
        this.ocis = ocis;
        this.subjectMode = subjectMode;
    }

    /**
     * The requests {@link #provision} makes for a new member (Authentik: user look-up, create, password, group look-up,
     * membership; Stalwart: domain, account look-up-and-create; oCIS: look-up, create), reserved before the first.
     */
    static int provisionRequests(MemberSystem system) {
        return switch (system) {
            case SSO -> 5;
            case MAILBOX, FILES -> 2;
        };
    }

    /** Provisions the member in {@code system} and answers the object's id there (and the SSO subject). */
    public Provisioned provision(MemberSystem system, Member member, String password) {
        Ownership owner = owner(member);
        String address = member.mailbox().value();
        return switch (system) {
            case SSO -> {
                AuthentikUser user = authentik.createOrAdoptUser(
                        new NewAuthentikUser(address, member.displayName(), address, owner));
                authentik.setPassword(user.id(), password);
                authentik.addToGroup(authentik.findOrCreateGroup(group(member.tenant())), user.id());
                yield new Provisioned(String.valueOf(user.pk()), user.subject(subjectMode));
            }
            case MAILBOX -> {
                String domain = member.mailbox().domain();
                String domainId = stalwart.findDomainId(domain).orElseThrow(() -> AdapterException.of(
                        AdapterException.Kind.REJECTED, "stalwart", "the mail domain " + domain
                                + " is not registered in the mail server"));
                // an adopted account (our own earlier attempt) gets the password too
                StalwartAccount account = stalwart.createOrAdoptAccount(
                        new NewAccount(member.mailbox().localPart(), domainId,
                                StalwartAccount.describe(member.displayName(), owner), password));
                yield new Provisioned(account.id(), null);
            }
            case FILES -> new Provisioned(ocis.createOrAdoptUser(
                    new NewOcisUser(address, member.displayName(), address, password, owner)).id(), null);
        };
    }

    /**
     * The id of the member's own object in {@code system}, found by natural key (the mailbox address) and, where the
     * system keeps one, our ownership marker: what an onboarding may have created even when its answer was lost. An
     * object of that name that is not this member's is not theirs to undo. Stalwart's marker (at the end of the
     * description) is not required here, since older mailboxes lack it: the mailbox address is the member's through its
     * claim, so an account at that address on the tenant's domain is theirs.
     */
    public Optional<String> findOwned(MemberSystem system, Member member) {
        String address = member.mailbox().value();
        Ownership owner = owner(member);
        return switch (system) {
            case SSO -> authentik.findUserByUsername(address).filter(u -> u.ownership().filter(owner::equals).isPresent())
                    .map(u -> String.valueOf(u.pk()));
            case MAILBOX -> mailbox(member.mailbox()).map(StalwartAccount::id);
            case FILES -> ocis.findUser(address).filter(u -> u.ownership().filter(owner::equals).isPresent())
                    .map(OcisUser::id);
        };
    }

    /** Whether {@code system} still has the object {@code id} at the member's address: what a removal looks up. */
    public boolean present(MemberSystem system, MailAddress mailbox, String id) {
        return switch (system) {
            case SSO -> authentik.findUserByUsername(mailbox.value()).filter(u -> id.equals(String.valueOf(u.pk())))
                    .isPresent();
            case MAILBOX -> mailbox(mailbox).filter(a -> a.id().equals(id)).isPresent();
            case FILES -> ocis.findUser(id).isPresent();
        };
    }

    /**
     * The account's state as looked up now: {@code SUSPENDED} as {@link #suspend} leaves it, {@code ACTIVE}, or
     * {@code NONE} when the system no longer has it.
     */
    public AccountState state(MemberSystem system, MailAddress mailbox, String id) {
        Optional<Boolean> blocked = switch (system) {
            case SSO -> authentik.findUserByUsername(mailbox.value()).filter(u -> id.equals(String.valueOf(u.pk())))
                    .map(u -> !u.active());
            case MAILBOX -> mailbox(mailbox).filter(a -> a.id().equals(id)).map(a -> a.permissions().frozen());
            case FILES -> ocis.findUser(id).map(u -> Boolean.FALSE.equals(u.accountEnabled()));
        };
        return blocked.map(b -> b ? AccountState.SUSPENDED : AccountState.ACTIVE).orElse(AccountState.NONE);
    }

    private Optional<StalwartAccount> mailbox(MailAddress address) {
        return stalwart.findDomainId(address.domain()).flatMap(d -> stalwart.findAccount(address.localPart(), d));
    }

    private static Ownership owner(Member member) {
        return new Ownership(member.tenant(), member.memberId());
    }

    /** Deletes the member's object in {@code system}; NOT_FOUND means it is gone already. */
    public void remove(MemberSystem system, String id) {
        switch (system) {
            case SSO -> authentik.deleteUser(new AuthentikUserId(Integer.parseInt(id)));
            case MAILBOX -> stalwart.destroyAccount(id);
            case FILES -> ocis.deleteUser(new OcisUserId(id));
        }
    }

    /**
     * Blocks the member's logins in {@code system}: SSO user inactive (Authentik also ends their sessions), mailbox
     * frozen through its permissions with the password kept, files account disabled. Repeating it is harmless.
     */
    public void suspend(MemberSystem system, String id) {
        switch (system) {
            case SSO -> authentik.deactivate(new AuthentikUserId(Integer.parseInt(id)));
            // the permissions freezing replaced are not kept: unfreezing removes exactly the freeze set
            case MAILBOX -> stalwart.freezeAccount(id);
            case FILES -> ocis.disable(new OcisUserId(id));
        }
    }

    /**
     * Shows {@code displayName} for the member in {@code system}: the SSO user's name and the files account's display
     * name. The mailbox keeps the name it was created with (the issue asks for Authentik and oCIS). Repeating it is
     * harmless.
     */
    public void rename(MemberSystem system, String id, String displayName) {
        switch (system) {
            case SSO -> authentik.rename(new AuthentikUserId(Integer.parseInt(id)), displayName);
            case MAILBOX -> throw new IllegalArgumentException("the mailbox keeps its name");
            case FILES -> ocis.rename(new OcisUserId(id), displayName);
        }
    }

    /** The inverse of {@link #suspend}; repeating it is harmless. */
    public void resume(MemberSystem system, String id) {
        switch (system) {
            case SSO -> authentik.activate(new AuthentikUserId(Integer.parseInt(id)));
            case MAILBOX -> stalwart.unfreezeAccount(id, null);
            case FILES -> ocis.enable(new OcisUserId(id));
        }
    }

    /**
     * Ends the SSO sessions of this member only: the client keeps the sessions whose user is the member's pk, since
     * Authentik ignores {@code ?user=} and lists everyone's. Answers how many ended.
     */
    public int logout(String ssoId, MailAddress mailbox) {
        return authentik.deleteSessions(new AuthentikUserId(Integer.parseInt(ssoId)), mailbox.value());
    }

    /** Sets a new password on the SSO identity or the mailbox; file storage signs in through the SSO and has none. */
    public void setPassword(MemberSystem system, String id, String password) {
        switch (system) {
            case SSO -> authentik.setPassword(new AuthentikUserId(Integer.parseInt(id)), password);
            case MAILBOX -> stalwart.setPassword(id, password);
            case FILES -> throw new IllegalArgumentException("oCIS signs in through the SSO and keeps no password");
        }
    }

    /**
     * For a membership linked to the same person's membership in another tenant: finds the object that person already
     * has in {@code system} and answers its id; for the SSO identity it also joins the tenant's group. Nothing is
     * created, and only objects carrying dezky's ownership marker (where the system has one) are shared.
     */
    public String share(MemberSystem system, Member member) {
        String address = member.mailbox().value();
        return switch (system) {
            case SSO -> {
                AuthentikUser user = authentik.findUserByUsername(address).filter(u -> u.ownership().isPresent())
                        .orElseThrow(() -> missing("authentik", "no SSO identity " + address + " created by dezky"));
                authentik.addToGroup(authentik.findOrCreateGroup(group(member.tenant())), user.id());
                yield String.valueOf(user.pk());
            }
            case MAILBOX -> {
                String domainId = stalwart.findDomainId(member.mailbox().domain())
                        .orElseThrow(() -> missing("stalwart", "the mail domain " + member.mailbox().domain()
                                + " is not registered in the mail server"));
                yield stalwart.findAccount(member.mailbox().localPart(), domainId)
                        .orElseThrow(() -> missing("stalwart", "no mailbox " + address)).id();
            }
            case FILES -> ocis.findUser(address).filter(u -> u.ownership().isPresent()).map(OcisUser::id)
                    .orElseThrow(() -> missing("ocis", "no file account " + address + " created by dezky"));
        };
    }

    /** Takes the SSO identity out of the tenant's group only; the identity stays for the person's other membership. */
    public void leaveTenantGroup(String tenant, String ssoId) {
        authentik.removeFromGroup(authentik.findOrCreateGroup(group(tenant)),
                new AuthentikUserId(Integer.parseInt(ssoId)));
    }

    /** Deletes the tenant's SSO group (once its members are gone: an offboarding); gone already is fine. */
    public void removeTenantGroup(String tenant) {
        authentik.deleteGroup(group(tenant));
    }

    /** The name of the tenant's SSO group. */
    public static String group(String tenant) {
        return "dezky-" + tenant;
    }

    private static AdapterException missing(String target, String reason) {
        return AdapterException.of(AdapterException.Kind.REJECTED, target, reason);
    }
}
