package eu.dezky.api.domain;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

import java.util.List;

/**
 * The mail server has the domain ({@code stalwartDomainId} null when that integration is switched off and the
 * step was skipped: then only the ownership record is expected). Verification starts.
 */
public record MailDomainProvisionedEvent(DomainName domain, TenantId tenantId, String stalwartDomainId,
                                         List<ExpectedDnsRecord> expectedRecords, String skippedReason, String operationId)
        implements TenantScoped {
}
