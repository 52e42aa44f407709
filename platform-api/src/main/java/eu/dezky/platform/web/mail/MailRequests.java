package eu.dezky.platform.web.mail;

import eu.dezky.api.mail.MailAliasView;
import eu.dezky.api.mail.MailObjectStatus;
import eu.dezky.api.mail.MailStep;
import eu.dezky.api.mail.MailingListView;

import java.util.List;

/** The alias and list routes' request bodies, and the answers while a view is not there yet. */
final class MailRequests {

    private MailRequests() {
    }

    /** {@code POST /mail/aliases}: {@code {"address":"sales@example.org","memberId":"…"}}. */
    record CreateAlias(String address, String memberId) {
    }

    /** {@code POST /mail/lists}: {@code {"address":"team@example.org","name":"Team","recipients":[…]}}. */
    record CreateList(String address, String name, List<String> recipients) {
    }

    /** {@code PUT /mail/lists/{address}}: {@code {"name":"Team","recipients":[…]}} replaces both. */
    record ChangeList(String name, List<String> recipients) {
    }

    static MailAliasView pendingAlias(String address, String tenant, String memberId, String mailbox) {
        return new MailAliasView(address, tenant, memberId, mailbox, MailObjectStatus.PROVISIONING, null,
                MailStep.pending(), null);
    }

    static MailingListView pendingList(String address, String tenant, String name, List<String> recipients,
                                       MailObjectStatus status) {
        return new MailingListView(address, tenant, name, recipients, status, null, MailStep.pending(), null);
    }
}
