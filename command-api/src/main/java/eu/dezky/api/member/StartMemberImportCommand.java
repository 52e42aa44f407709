package eu.dezky.api.member;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.operation.OperationScoped;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Starts a member import: one operation over its rows; the import is identified by its operation's id. */
public record StartMemberImportCommand(@TargetAggregateIdentifier String operationId, TenantId tenantId,
                                       List<MemberImportRow> rows) implements TenantScoped, OperationScoped {
}
