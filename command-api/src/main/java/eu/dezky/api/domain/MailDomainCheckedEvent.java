package eu.dezky.api.domain;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

import java.time.Instant;
import java.util.List;

/** One DNS check of the domain's expected records, with the overall status it implies. */
public record MailDomainCheckedEvent(DomainName domain, TenantId tenantId, List<RecordCheck> results, DomainStatus status,
                                     Instant checkedAt, Instant nextCheckAt, String operationId) implements TenantScoped {
}
