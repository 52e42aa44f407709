package eu.dezky.projections.billing;

import eu.dezky.api.tenant.Subscription;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A tenant's serving partner and current plan (null: none set yet) in {@code billing_tenants}, keyed by slug. */
@Document("billing_tenants")
record BillingTenantDocument(@Id String slug, String partner, Subscription subscription) {

    BillingTenantDocument withSubscription(Subscription changed) {
        return new BillingTenantDocument(slug, partner, changed);
    }
}
