package eu.dezky.platform.web.domain;

import eu.dezky.api.domain.DomainName;
import eu.dezky.api.tenant.TenantId;

import java.util.List;

/**
 * One source of the engine's own users of a mail domain, which block its removal ("alias sales@example.org").
 * {@link MailDomainRemoval} asks every bean of this type, so a new source (members, say) is one more bean.
 */
public interface MailDomainBlockers {

    List<String> of(TenantId tenant, DomainName domain);
}
