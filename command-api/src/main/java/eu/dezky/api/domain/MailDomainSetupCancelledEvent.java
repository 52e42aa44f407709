package eu.dezky.api.domain;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/**
 * A removal cancelled the domain's running set-up, and the set-up undid what it had done in the mail server;
 * {@code leftoverStalwartDomainId} names a registration it could not undo (null: nothing left), which the removal
 * that follows tries again.
 */
public record MailDomainSetupCancelledEvent(DomainName domain, TenantId tenantId, String leftoverStalwartDomainId,
                                            String operationId) implements TenantScoped {
}
