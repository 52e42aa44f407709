package eu.dezky.api.billing;

import java.util.List;

/** The billing figures of several tenants. */
public record TenantBillingList(List<TenantBillingView> tenants) {

    public TenantBillingList {
        tenants = List.copyOf(tenants);
    }
}
