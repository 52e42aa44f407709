package eu.dezky.platform.application.member;

import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.member.FindMemberQuery;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.member.StartMemberOperationCommand;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.platform.application.NotFoundException;
import eu.dezky.platform.application.ReadModelWait;
import eu.dezky.platform.application.TenantReads;
import eu.dezky.platform.secrets.JdbcSecretVault;
import eu.dezky.platform.secrets.OneTimePasswords;
import eu.dezky.platform.security.Caller;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Starts a member's lifecycle operation (suspend, resume, force logout, reset password) and waits briefly for it to
 * end. Nobody suspends or force-logs-out themself; nothing starts while another operation of the member runs. A
 * password reset's new one-time password goes to the vault for the saga and back to the caller this once; a refused
 * start leaves nothing in the vault.
 */
@Component
public class MemberLifecycle {

    /**
     * The operation started: its id, the new one-time password (password reset only) and the member as the ended
     * operation left them ({@code settled}), or null while it runs.
     */
    public record Started(String operationId, String oneTimePassword, MemberView member, boolean settled) {
    }

    private final CommandGateway commands;
    private final TenantReads reads;
    private final ReadModelWait readModel;
    private final JdbcSecretVault vault;
    private final OneTimePasswords passwords;

    MemberLifecycle(CommandGateway commands, TenantReads reads, ReadModelWait readModel, JdbcSecretVault vault,
                    OneTimePasswords passwords) {
        this.commands = commands;
        this.reads = reads;
        this.readModel = readModel;
        this.vault = vault;
        this.passwords = passwords;
    }

    public Started start(TenantId tenantId, String rawMemberId, MemberOperationKind kind, Caller caller,
                         Duration wait) {
        MemberView member = reads.member(tenantId, rawMemberId);
        if (kind == MemberOperationKind.SUSPEND || kind == MemberOperationKind.LOGOUT) {
            SelfActions.refuseSelf(caller, member, kind == MemberOperationKind.SUSPEND ? "suspend" : "force-logout");
        }
        TenantReads.refuseWhileOperationRuns(member, "wait until it ends");
        MemberId memberId = new MemberId(member.id());
        String operationId = UUID.randomUUID().toString();
        String password = kind == MemberOperationKind.RESET_PASSWORD ? passwords.next() : null;
        String secretRef = password == null ? null : vault.store(password);
        var command = new StartMemberOperationCommand(memberId, operationId, kind, secretRef);
        Optional<MemberView> ended = readModel.sendThenAwait(() -> send(command),
                new FindMemberQuery(tenantId, memberId), MemberView.class,
                view -> view.operation() != null && view.operation().id().equals(operationId)
                        && view.operation().status().ended(), wait);
        return new Started(operationId, password, ended.orElse(null), ended.isPresent());
    }

    private void send(StartMemberOperationCommand command) {
        try {
            commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            forget(command);
            throw new NotFoundException("the tenant has no member " + InvalidValueException.quote(command.memberId()));
        } catch (RuntimeException e) {
            forget(command);
            throw e;
        }
    }

    private void forget(StartMemberOperationCommand command) {
        if (command.secretRef() != null) {
            vault.delete(command.secretRef());
        }
    }
}
