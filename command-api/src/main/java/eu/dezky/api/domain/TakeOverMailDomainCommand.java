package eu.dezky.api.domain;

import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * {@code tenantId} takes over a domain another tenant holds unverified, if {@code recordFound}: its ownership record
 * is in DNS (looked up by the sender: the aggregate does no I/O, but decides which refusal comes first). Then the holder's domain is released with everything on it
 * ({@code releaseOperationId}, the holder's operation), then added to {@code tenantId} with {@code claimToken} as its
 * ownership token ({@code operationId}, the claimant's operation).
 */
public record TakeOverMailDomainCommand(@TargetAggregateIdentifier DomainName domain, TenantId tenantId,
                                        String claimToken, boolean recordFound, String operationId,
                                        String releaseOperationId)
        implements TenantScoped, OperationScoped {

    public TakeOverMailDomainCommand {
        InvalidValueException.require(claimToken != null && claimToken.matches("[A-Za-z0-9_-]{16,64}"),
                "claimToken", "claim token must be 16-64 URL-safe characters");
    }
}
