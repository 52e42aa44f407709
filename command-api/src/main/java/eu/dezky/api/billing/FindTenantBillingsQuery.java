package eu.dezky.api.billing;

import eu.dezky.api.tenant.TenantId;

import java.util.List;

/** Asks for the billing figures of these tenants; answered with a {@link TenantBillingList} (unknown ones left out). */
public record FindTenantBillingsQuery(List<TenantId> tenants) {

    public FindTenantBillingsQuery {
        tenants = List.copyOf(tenants);
    }
}
