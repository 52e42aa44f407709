package eu.dezky.platform.web.member;

import eu.dezky.platform.web.http.TenantReads;
import eu.dezky.platform.web.http.NotFoundException;
import eu.dezky.platform.web.http.ReadModelWait;
import eu.dezky.api.member.FindMemberOperationQuery;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberOperationKind;
import eu.dezky.api.member.MemberOperationView;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.operation.OperationStatus;
import eu.dezky.api.member.StartMemberOperationCommand;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.platform.secrets.JdbcSecretVault;
import eu.dezky.platform.secrets.OneTimePasswords;
import eu.dezky.platform.security.Caller;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Duration;
import java.util.UUID;

/**
 * A member's lifecycle operations: suspend, resume, force logout, reset password. Each starts its own operation
 * (the lifecycle saga) and needs no request body. Ended within a short wait: 200 with the member, whose
 * {@code operation} shows how it ended (a failed operation too: its reason and steps are what the portal shows);
 * otherwise 202 with the operation to poll. A reset's new one-time password is in this answer only. Access is
 * decided by the tenant policy first.
 */
@RestController
class MemberLifecycleController {

    private static final Duration SHORT_WAIT = Duration.ofSeconds(5);

    private final CommandGateway commands;
    private final TenantReads reads;
    private final ReadModelWait readModel;
    private final JdbcSecretVault vault;
    private final OneTimePasswords passwords;

    MemberLifecycleController(CommandGateway commands, TenantReads reads, ReadModelWait readModel,
                              JdbcSecretVault vault, OneTimePasswords passwords) {
        this.commands = commands;
        this.reads = reads;
        this.readModel = readModel;
        this.vault = vault;
        this.passwords = passwords;
    }

    @PostMapping("/api/tenants/{slug}/members/{id}/suspend")
    ResponseEntity<Object> suspend(@PathVariable String slug, @PathVariable String id,
                                   @AuthenticationPrincipal Caller caller) {
        return start(slug, id, MemberOperationKind.SUSPEND, caller);
    }

    @PostMapping("/api/tenants/{slug}/members/{id}/resume")
    ResponseEntity<Object> resume(@PathVariable String slug, @PathVariable String id) {
        return start(slug, id, MemberOperationKind.RESUME, null);
    }

    @PostMapping("/api/tenants/{slug}/members/{id}/logout")
    ResponseEntity<Object> logout(@PathVariable String slug, @PathVariable String id,
                                  @AuthenticationPrincipal Caller caller) {
        return start(slug, id, MemberOperationKind.LOGOUT, caller);
    }

    @PostMapping("/api/tenants/{slug}/members/{id}/reset-password")
    ResponseEntity<Object> resetPassword(@PathVariable String slug, @PathVariable String id) {
        return start(slug, id, MemberOperationKind.RESET_PASSWORD, null);
    }

    /** {@code self}: the caller of an action nobody may take on themself (suspend, force logout), else null. */
    private ResponseEntity<Object> start(String slug, String rawId, MemberOperationKind kind, Caller self) {
        TenantId tenantId = reads.tenantId(slug);
        MemberView member = reads.member(tenantId, rawId);
        if (self != null) {
            SelfActions.refuseSelf(self, member, kind == MemberOperationKind.SUSPEND ? "suspend" : "force-logout");
        }
        TenantReads.refuseWhileOperationRuns(member, "wait until it ends");
        MemberId memberId = new MemberId(member.id());
        String operationId = UUID.randomUUID().toString();
        String password = kind == MemberOperationKind.RESET_PASSWORD ? passwords.next() : null;
        String secretRef = password == null ? null : vault.store(password);
        var command = new StartMemberOperationCommand(memberId, operationId, kind, secretRef);
        return readModel.sendThenAwait(() -> send(command), new FindMemberOperationQuery(tenantId, operationId),
                        MemberOperationView.class, op -> op.status() != OperationStatus.RUNNING, SHORT_WAIT)
                .map(op -> ResponseEntity.ok().body((Object) new MemberLifecycleAnswers.Ended(
                        MemberRequests.Member.of(reads.member(tenantId, memberId.value())), password)))
                .orElseGet(() -> ResponseEntity.accepted()
                        .location(URI.create("/api/tenants/" + slug + "/operations/" + operationId))
                        .body(MemberLifecycleAnswers.Running.of(operationId, kind, memberId, slug, password)));
    }

    /** A refused start (status, operation running) must not leave the new password in the vault. */
    private void send(StartMemberOperationCommand command) {
        try {
            commands.sendAndWait(command);
        } catch (AggregateNotFoundException e) {
            forget(command);
            throw new NotFoundException("the tenant has no member '" + command.memberId() + "'");
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
