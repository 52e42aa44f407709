package eu.dezky.api.mail;

import java.util.List;

/** A page of aliases; {@code total} counts every match, {@code nextCursor} asks for the next page (null: last). */
public record MailAliasPage(List<MailAliasView> aliases, long total, String nextCursor) {
}
