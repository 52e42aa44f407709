package eu.dezky.api.domain;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/**
 * Removal started; the removal saga checks the mail server for remaining users and then removes the domain. With
 * {@code setupRunning} the domain's set-up was still running: it is cancelled and undone first
 * ({@link MailDomainSetupCancelledEvent}), and only then does the removal saga go on (older events lack the field:
 * false).
 */
public record MailDomainRemovalRequestedEvent(DomainName domain, TenantId tenantId, String stalwartDomainId,
                                              String operationId, boolean setupRunning) implements TenantScoped {

    /** A removal of a domain whose set-up has ended. */
    public MailDomainRemovalRequestedEvent(DomainName domain, TenantId tenantId, String stalwartDomainId,
                                           String operationId) {
        this(domain, tenantId, stalwartDomainId, operationId, false);
    }
}
