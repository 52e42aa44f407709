package eu.dezky.api.mail;

import java.util.List;

/** The tenant's aliases, oldest first (removed ones included, so the portal can say why they went). */
public record MailAliasList(List<MailAliasView> aliases) {
}
