package eu.dezky.api.tenant;

import eu.dezky.api.common.DisplayText;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.PartnerId;
import eu.dezky.api.common.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Creates a tenant; {@code partnerId} is null for a customer served by us directly. */
public record CreateTenantCommand(@TargetAggregateIdentifier TenantId tenantId, String displayName,
                                  TenantOwner owner, PartnerId partnerId) implements TenantScoped {

    public CreateTenantCommand {
        InvalidValueException.require(tenantId != null, "slug", "slug is required");
        displayName = DisplayText.require("displayName", displayName, 100);
        InvalidValueException.require(owner != null, "owner", "owner is required");
    }
}
