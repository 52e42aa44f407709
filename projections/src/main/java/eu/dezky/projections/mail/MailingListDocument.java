package eu.dezky.projections.mail;

import eu.dezky.api.mail.MailObjectStatus;
import eu.dezky.api.mail.MailStep;
import eu.dezky.api.mail.MailingListView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/** One list in the {@code mailing_lists} collection, keyed by its address. */
@Document("mailing_lists")
record MailingListDocument(@Id String address, @Indexed String tenant, String name, List<String> recipients,
                           MailObjectStatus status, String reason, MailStep step, Instant createdAt) {

    MailingListDocument with(MailObjectStatus newStatus, String why) {
        return new MailingListDocument(address, tenant, name, recipients, newStatus, why, step, createdAt);
    }

    MailingListDocument with(MailStep newStep) {
        return new MailingListDocument(address, tenant, name, recipients, status, reason, newStep, createdAt);
    }

    MailingListDocument with(String newName, List<String> newRecipients) {
        return new MailingListDocument(address, tenant, newName, List.copyOf(newRecipients), status, reason, step,
                createdAt);
    }

    MailingListView toView() {
        return new MailingListView(address, tenant, name, recipients, status, reason, step, createdAt);
    }
}
