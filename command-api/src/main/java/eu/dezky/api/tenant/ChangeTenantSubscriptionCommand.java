package eu.dezky.api.tenant;

import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets the tenant's plan; sent by an operator or by staff of the tenant's partner. */
public record ChangeTenantSubscriptionCommand(@TargetAggregateIdentifier TenantId tenantId, Subscription subscription)
        implements TenantScoped {

    public ChangeTenantSubscriptionCommand {
        InvalidValueException.require(subscription != null, "plan", "plan is required");
    }
}
