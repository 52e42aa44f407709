package eu.dezky.projections.mail;

import eu.dezky.api.mail.MailAliasView;
import eu.dezky.api.mail.MailObjectStatus;
import eu.dezky.api.mail.MailStep;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** One alias in the {@code mail_aliases} collection, keyed by its address (unique platform-wide through the claim). */
@Document("mail_aliases")
record MailAliasDocument(@Id String address, @Indexed String tenant, String memberId, String mailbox,
                         MailObjectStatus status, String reason, MailStep step, Instant createdAt) {

    MailAliasDocument with(MailObjectStatus newStatus, String why) {
        return new MailAliasDocument(address, tenant, memberId, mailbox, newStatus, why, step, createdAt);
    }

    MailAliasDocument with(MailStep newStep) {
        return new MailAliasDocument(address, tenant, memberId, mailbox, status, reason, newStep, createdAt);
    }

    MailAliasView toView() {
        return new MailAliasView(address, tenant, memberId, mailbox, status, reason, step, createdAt);
    }
}
