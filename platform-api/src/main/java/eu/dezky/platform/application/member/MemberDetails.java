package eu.dezky.platform.application.member;

import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.member.ChangeMemberDetailsCommand;
import eu.dezky.api.member.FindMemberQuery;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.platform.application.NotFoundException;
import eu.dezky.platform.application.ReadModelWait;
import eu.dezky.platform.application.TenantReads;
import eu.dezky.platform.security.Caller;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Changes a member's display name and role (a merge-patch: null is unchanged) as a {@code member-update} operation:
 * the new name goes to SSO and files through the step engine, the role is the engine's only. Values are checked as on
 * create. Only those who administer the tenant reach the route (TenantAccessPolicy), so no plain member raises a role;
 * an admin cannot demote themself (the tenant could lose its last admin).
 */
@Component
public class MemberDetails {

    private final CommandGateway commands;
    private final TenantReads reads;
    private final ReadModelWait readModel;

    MemberDetails(CommandGateway commands, TenantReads reads, ReadModelWait readModel) {
        this.commands = commands;
        this.reads = reads;
        this.readModel = readModel;
    }

    /**
     * Starts the change and waits briefly for it to end. Nothing to change answers the member as it is, with a null
     * operation id and settled.
     */
    public MemberLifecycle.Started change(TenantId tenantId, String rawMemberId, String rawDisplayName, String rawRole,
                                          Caller caller, Duration wait) {
        MemberView member = reads.member(tenantId, rawMemberId);
        String displayName = rawDisplayName == null ? null : DisplayNames.require(rawDisplayName);
        MemberRole role = rawRole == null ? null : MemberRole.parse(rawRole);
        if (displayName == null && role == null) {
            return new MemberLifecycle.Started(null, null, member, true);
        }
        if (role == MemberRole.MEMBER && member.role() == MemberRole.ADMIN) {
            SelfActions.refuseSelf(caller, member, "demote");
        }
        TenantReads.refuseWhileOperationRuns(member, "wait until it ends");
        MemberId memberId = new MemberId(member.id());
        String operationId = UUID.randomUUID().toString();
        var command = new ChangeMemberDetailsCommand(memberId, tenantId, operationId, displayName, role);
        Optional<MemberView> ended = readModel.sendThenAwait(() -> send(command),
                new FindMemberQuery(tenantId, memberId), MemberView.class,
                view -> view.operation() != null && view.operation().id().equals(operationId)
                        && view.operation().status().ended(), wait);
        return new MemberLifecycle.Started(operationId, null, ended.orElse(null), ended.isPresent());
    }

    private void send(ChangeMemberDetailsCommand command) {
        try {
            commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            throw new NotFoundException("the tenant has no member " + InvalidValueException.quote(command.memberId()));
        }
    }
}
