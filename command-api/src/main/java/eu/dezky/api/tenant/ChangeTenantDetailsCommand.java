package eu.dezky.api.tenant;

import eu.dezky.api.common.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Changes a tenant's display name and/or its admins (the whole list); null means unchanged. */
public record ChangeTenantDetailsCommand(@TargetAggregateIdentifier TenantId tenantId, String displayName,
                                         List<TenantAdmin> admins) implements TenantScoped {

    public ChangeTenantDetailsCommand {
        admins = admins == null ? null : List.copyOf(admins);
    }
}
