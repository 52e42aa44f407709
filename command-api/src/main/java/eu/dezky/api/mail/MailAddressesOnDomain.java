package eu.dezky.api.mail;

import java.util.List;

/**
 * Human-readable users of a domain, such as {@code "alias sales@example.org"} or {@code "list team@example.org"}, and
 * the addresses of those aliases and lists (what a domain's release removes).
 */
public record MailAddressesOnDomain(List<String> users, List<String> aliases, List<String> lists) {
}
