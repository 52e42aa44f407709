package eu.dezky.api.domain;

import java.util.List;

/** The tenant's domains and how many need attention (the portal's sidebar badge). */
public record MailDomainList(List<MailDomainView> domains, long needingAttention) {
}
