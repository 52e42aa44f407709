package eu.dezky.sagas.mail;

import eu.dezky.adapters.http.AdapterException;
import eu.dezky.adapters.stalwart.MailingList;
import eu.dezky.adapters.stalwart.StalwartAccount;
import eu.dezky.adapters.stalwart.StalwartClient;
import eu.dezky.api.claim.MailAddress;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Aliases and lists in Stalwart, in our words. Every operation is idempotent (it reads first), so a retry after a
 * crash or a lost answer is safe; removing something that is not there counts as done. Injected into the mail sagas.
 */
public class MailServer {

    private final StalwartClient stalwart;

    public MailServer(StalwartClient stalwart) {
        this.stalwart = stalwart;
    }

    /**
     * Adds {@code alias} to the account of {@code mailbox}. NOT_FOUND (retried) while the mailbox or the alias's domain
     * is not there yet, CONFLICT when something else there uses the address.
     */
    public void addAlias(MailAddress alias, MailAddress mailbox) {
        String accountId = account(mailbox).orElseThrow(() -> AdapterException.of(AdapterException.Kind.NOT_FOUND,
                "stalwart", "the mailbox " + mailbox + " is not in the mail server")).id();
        stalwart.addAlias(accountId, alias.localPart(), domainId(alias));
    }

    /** Removes {@code alias} from the account of {@code mailbox}; a missing account or domain means it is gone. */
    public void removeAlias(MailAddress alias, MailAddress mailbox) {
        Optional<StalwartAccount> account = account(mailbox);
        Optional<String> domain = stalwart.findDomainId(alias.domain());
        if (account.isEmpty() || domain.isEmpty()) {
            return;
        }
        try {
            stalwart.removeAlias(account.get().id(), alias.localPart(), domain.get());
        } catch (AdapterException e) {
            if (e.kind() != AdapterException.Kind.NOT_FOUND) {
                throw e;
            }
        }
    }

    /** Makes the list exactly {@code name} and {@code recipients}, creating it when it is not there. */
    public void putList(MailAddress address, String name, List<String> recipients) {
        String domainId = domainId(address);
        Optional<MailingList> existing = stalwart.findMailingList(address.localPart(), domainId);
        if (existing.isEmpty()) {
            stalwart.createOrAdoptMailingList(address.localPart(), domainId, new LinkedHashSet<>(recipients), name);
            return;
        }
        Set<String> add = new LinkedHashSet<>(recipients);
        add.removeAll(existing.get().recipients());
        Set<String> remove = new LinkedHashSet<>(existing.get().recipients());
        remove.removeAll(recipients);
        stalwart.changeRecipients(existing.get().id(), add, remove);
        stalwart.setMailingListDescription(existing.get().id(), name);
    }

    /** Destroys the list; not there (or its domain gone) means done. */
    public void removeList(MailAddress address) {
        Optional<String> domain = stalwart.findDomainId(address.domain());
        if (domain.isEmpty()) {
            return;
        }
        Optional<MailingList> list = stalwart.findMailingList(address.localPart(), domain.get());
        if (list.isPresent()) {
            try {
                stalwart.destroyMailingList(list.get().id());
            } catch (AdapterException e) {
                if (e.kind() != AdapterException.Kind.NOT_FOUND) {
                    throw e;
                }
            }
        }
    }

    /** Whether the account of {@code mailbox} carries {@code alias}: what counts as added. */
    public boolean hasAlias(MailAddress alias, MailAddress mailbox) {
        Optional<String> domain = stalwart.findDomainId(alias.domain());
        return domain.isPresent() && account(mailbox).stream().flatMap(a -> a.aliases().stream())
                .anyMatch(a -> a.localPart().equals(alias.localPart()) && a.domainId().equals(domain.get()));
    }

    /** Whether the list is there, with exactly {@code recipients} unless they are null: what counts as put. */
    public boolean hasList(MailAddress address, List<String> recipients) {
        Optional<MailingList> list = stalwart.findDomainId(address.domain())
                .flatMap(domain -> stalwart.findMailingList(address.localPart(), domain));
        return list.isPresent() && (recipients == null || list.get().recipients().equals(Set.copyOf(recipients)));
    }

    private Optional<StalwartAccount> account(MailAddress mailbox) {
        return stalwart.findDomainId(mailbox.domain())
                .flatMap(domain -> stalwart.findAccount(mailbox.localPart(), domain));
    }

    /** NOT_FOUND (retried) rather than rejected: a domain added a moment ago may still be on its way there. */
    private String domainId(MailAddress address) {
        return stalwart.findDomainId(address.domain()).orElseThrow(() -> AdapterException.of(
                AdapterException.Kind.NOT_FOUND, "stalwart", "the mail domain " + address.domain()
                        + " is not registered in the mail server (yet)"));
    }
}
