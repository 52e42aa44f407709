package eu.dezky.api.tenant;

import eu.dezky.api.common.TenantScoped;

/** The tenant is on this plan from the event's timestamp on; MRR is computed from these and the seat changes. */
public record TenantSubscriptionChangedEvent(TenantId tenantId, Subscription subscription) implements TenantScoped {
}
