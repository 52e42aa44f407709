package eu.dezky.api.mail;

import java.time.Instant;
import java.util.List;

/**
 * A distribution list as the portal shows it: address, display name, recipients, status with the reason when an
 * operation failed (a failed change shows the restored state and why), and the mail-server step.
 */
public record MailingListView(String address, String tenant, String name, List<String> recipients,
                              MailObjectStatus status, String reason, MailStep step, Instant createdAt) {
}
