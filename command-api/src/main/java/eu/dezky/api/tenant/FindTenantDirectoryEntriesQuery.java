package eu.dezky.api.tenant;

import java.util.List;

/** Asks for the directory entries of these tenants; answered with a {@link TenantDirectoryPage} (unknown ones left out). */
public record FindTenantDirectoryEntriesQuery(List<TenantId> tenants) {

    public FindTenantDirectoryEntriesQuery {
        tenants = List.copyOf(tenants);
    }
}
