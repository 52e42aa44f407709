package eu.dezky.api.billing;

import eu.dezky.api.tenant.Subscription;

/**
 * A tenant's billing figures now: its plan (null: none set yet), seats (members ACTIVE or SUSPENDED), members (every
 * member not removed) and MRR in minor units of the plan's currency (0 without a plan).
 */
public record TenantBillingView(String slug, String partnerId, Subscription subscription, int seats, int members,
                                long mrrMinor) {
}
