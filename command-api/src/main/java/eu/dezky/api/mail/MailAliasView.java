package eu.dezky.api.mail;

import java.time.Instant;

/**
 * An alias as the portal shows it: the address, the member and mailbox it delivers to, its status with the reason
 * when it failed or was removed, and the mail-server step of its current operation.
 */
public record MailAliasView(String address, String tenant, String memberId, String mailbox, MailObjectStatus status,
                            String reason, MailStep step, Instant createdAt) {
}
