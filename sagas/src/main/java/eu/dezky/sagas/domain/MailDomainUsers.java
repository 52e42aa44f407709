package eu.dezky.sagas.domain;

import eu.dezky.adapters.http.AdapterException;
import eu.dezky.adapters.stalwart.LinkedObject;
import eu.dezky.adapters.stalwart.MailingList;
import eu.dezky.adapters.stalwart.StalwartAccount;
import eu.dezky.adapters.stalwart.StalwartClient;

import java.util.ArrayList;
import java.util.List;

/**
 * What in Stalwart still uses a domain, in words an admin understands ("mailbox alice@example.org"). Read before
 * anything is destroyed, so a refused removal has changed nothing.
 */
final class MailDomainUsers {

    private MailDomainUsers() {
    }

    static List<String> of(StalwartClient stalwart, String domainId) {
        List<String> users = new ArrayList<>();
        for (StalwartAccount account : stalwart.listAccounts(domainId)) {
            users.add("mailbox " + address(account));
        }
        for (StalwartAccount account : stalwart.listAccountsWithAliasesOn(domainId)) {
            users.add("alias on mailbox " + address(account));
        }
        for (MailingList list : stalwart.listMailingListsUsing(domainId)) {
            String address = list.emailAddress() != null ? list.emailAddress() : list.localPart();
            users.add(list.domainId().equals(domainId) ? "mailing list " + address : "alias on mailing list " + address);
        }
        return users;
    }

    /** Stalwart's {@code objectIsLinked} names objects by id; an account is looked up to show its address. */
    static List<String> describe(StalwartClient stalwart, List<LinkedObject> linked) {
        List<String> users = new ArrayList<>();
        for (LinkedObject object : linked) {
            users.add(describe(stalwart, object));
        }
        return users;
    }

    private static String describe(StalwartClient stalwart, LinkedObject object) {
        if ("Account".equals(object.object())) {
            try {
                return "mailbox " + address(stalwart.getAccount(object.id()));
            } catch (AdapterException e) {
                // the name is a courtesy; the id still tells an operator what to look for
            }
        }
        return object.object() + " " + object.id() + " in the mail server";
    }

    private static String address(StalwartAccount account) {
        return account.emailAddress() != null ? account.emailAddress() : account.localPart();
    }
}
