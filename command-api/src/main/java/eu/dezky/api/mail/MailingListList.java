package eu.dezky.api.mail;

import java.util.List;

/** The tenant's distribution lists, oldest first. */
public record MailingListList(List<MailingListView> lists) {
}
