package eu.dezky.api.tenant;

import java.util.List;

/** One page of the tenant directory, ordered by slug; {@code nextCursor} is null on the last page. */
public record TenantDirectoryPage(List<TenantDirectoryEntry> tenants, String nextCursor) {

    public TenantDirectoryPage {
        tenants = List.copyOf(tenants);
    }
}
