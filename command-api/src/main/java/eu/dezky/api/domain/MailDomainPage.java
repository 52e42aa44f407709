package eu.dezky.api.domain;

import java.util.List;

/**
 * A page of mail domains; {@code needingAttention} counts all the tenant's domains that need the admin (the portal's
 * badge), {@code total} every match, {@code nextCursor} asks for the next page (null: last).
 */
public record MailDomainPage(List<MailDomainView> domains, long needingAttention, long total, String nextCursor) {
}
