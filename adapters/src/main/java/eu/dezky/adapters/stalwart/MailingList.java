package eu.dezky.adapters.stalwart;

import java.util.Set;

/** A distribution list ({@code x:MailingList}); recipients are plain addresses. */
public record MailingList(String id, String localPart, String domainId, String emailAddress,
                          Set<String> recipients) {
}
