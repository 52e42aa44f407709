package eu.dezky.platform.application.member;

import eu.dezky.api.member.FindMemberQuery;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.member.RemoveMemberCommand;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.platform.application.ReadModelWait;
import eu.dezky.platform.application.TenantReads;
import eu.dezky.platform.application.operation.Operations;
import eu.dezky.platform.security.Caller;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.UUID;

/**
 * Removes a member and waits briefly for the removal to end. An already removed member counts as done (a DELETE
 * retried after a lost answer should not look like an error); a removal already running is answered with that
 * operation. Nobody removes themself; nothing starts while another operation of the member runs.
 */
@Component
public class MemberRemoval {

    /** The removal's operation (null when the member was already removed) and whether it is over. */
    public record Removal(String operationId, boolean done) {
    }

    private final CommandGateway commands;
    private final TenantReads reads;
    private final ReadModelWait readModel;
    private final Operations operations;

    MemberRemoval(CommandGateway commands, TenantReads reads, ReadModelWait readModel, Operations operations) {
        this.commands = commands;
        this.reads = reads;
        this.readModel = readModel;
        this.operations = operations;
    }

    public Removal remove(TenantId tenantId, String rawMemberId, Caller caller, Duration wait) {
        MemberView member = reads.member(tenantId, rawMemberId);
        if (member.status() == MemberStatus.REMOVED) {
            return new Removal(null, true);
        }
        if (member.status() == MemberStatus.REMOVING) {
            return new Removal(operations.runningOn(tenantId, member.id()).orElse(null), false);
        }
        SelfActions.refuseSelf(caller, member, "remove");
        TenantReads.refuseWhileOperationRuns(member, "remove them once it has ended");
        MemberId memberId = new MemberId(member.id());
        String operationId = UUID.randomUUID().toString();
        boolean done = readModel.sendThenAwait(
                () -> commands.sendAndWait(new RemoveMemberCommand(memberId, tenantId, operationId)),
                new FindMemberQuery(tenantId, memberId), MemberView.class,
                view -> view.status() == MemberStatus.REMOVED, wait).isPresent();
        return new Removal(operationId, done);
    }
}
