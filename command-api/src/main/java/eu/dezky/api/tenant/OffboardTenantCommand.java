package eu.dezky.api.tenant;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Offboards the tenant: removes its mailing lists, aliases, members and domains (as the read model lists them, the
 * primary domain last), in that order. Sent again for an offboarding that stopped, it goes on where it stopped (the
 * objects named then); sent while one runs, it changes nothing. Answers the offboarding's operation id.
 */
public record OffboardTenantCommand(@TargetAggregateIdentifier TenantId tenantId, String operationId,
                                    List<String> lists, List<String> aliases, List<TenantMember> members,
                                    List<String> domains) implements TenantScoped, OperationScoped {

    public OffboardTenantCommand {
        lists = List.copyOf(lists);
        aliases = List.copyOf(aliases);
        members = List.copyOf(members);
        domains = List.copyOf(domains);
    }
}
