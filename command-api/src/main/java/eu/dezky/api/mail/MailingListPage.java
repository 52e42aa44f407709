package eu.dezky.api.mail;

import java.util.List;

/** A page of lists; {@code total} counts every match, {@code nextCursor} asks for the next page (null: last). */
public record MailingListPage(List<MailingListView> lists, long total, String nextCursor) {
}
