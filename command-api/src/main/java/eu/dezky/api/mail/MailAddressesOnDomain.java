package eu.dezky.api.mail;

import java.util.List;

/** Human-readable users of a domain, such as {@code "alias sales@example.org"} or {@code "list team@example.org"}. */
public record MailAddressesOnDomain(List<String> users) {
}
