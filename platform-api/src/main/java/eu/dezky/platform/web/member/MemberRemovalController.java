package eu.dezky.platform.web.member;

import eu.dezky.platform.web.http.TenantReads;
import eu.dezky.platform.web.http.ReadModelWait;
import eu.dezky.platform.security.Caller;
import eu.dezky.api.member.FindMemberQuery;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.member.RemoveMemberCommand;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Removes a member ({@code DELETE /api/tenants/{slug}/members/{id}}): 204 when the removal finished within the same
 * short wait the create uses, else 202 with the removal operation to poll. A member still being onboarded is a 409;
 * a removal already running answers 202 with that removal; an already removed member answers 204, because the
 * caller's goal (the member is gone) holds and a DELETE retried after a lost answer should not look like an error.
 * The removal operation's id is derived from the member id, so every DELETE of one member names the same operation.
 */
@RestController
public class MemberRemovalController {

    private static final Duration SHORT_WAIT = Duration.ofSeconds(5);

    private final CommandGateway commands;
    private final TenantReads reads;
    private final ReadModelWait readModel;

    MemberRemovalController(CommandGateway commands, TenantReads reads, ReadModelWait readModel) {
        this.commands = commands;
        this.reads = reads;
        this.readModel = readModel;
    }

    @DeleteMapping("/api/tenants/{slug}/members/{id}")
    ResponseEntity<Void> remove(@PathVariable String slug, @PathVariable String id,
                                @AuthenticationPrincipal Caller caller) {
        TenantId tenantId = reads.tenantId(slug);
        MemberView member = reads.member(tenantId, id);
        if (member.status() == MemberStatus.REMOVED) {
            return ResponseEntity.noContent().build();
        }
        MemberId memberId = new MemberId(member.id());
        URI operation = URI.create("/api/tenants/" + slug + "/operations/" + operationId(member.id()));
        if (member.status() == MemberStatus.REMOVING) {
            return ResponseEntity.accepted().location(operation).build();
        }
        SelfActions.refuseSelf(caller, member, "remove");
        TenantReads.refuseWhileOperationRuns(member, "remove them once it has ended");
        return readModel.sendThenAwait(() -> commands.sendAndWait(new RemoveMemberCommand(memberId, tenantId, java.util.UUID.randomUUID().toString())),
                        new FindMemberQuery(tenantId, memberId), MemberView.class,
                        view -> view.status() == MemberStatus.REMOVED, SHORT_WAIT)
                .map(view -> ResponseEntity.noContent().<Void>build())
                .orElseGet(() -> ResponseEntity.accepted().location(operation).build());
    }

    /** The id of a member's removal operation: stable, and distinct from the onboarding's (the member id). */
    static String operationId(String memberId) {
        return UUID.nameUUIDFromBytes(("member-removal:" + memberId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The member whose removal has this operation id, among the tenant's members (all of them, removed too). */
    public static Optional<MemberView> removalOf(List<MemberView> members, String operationId) {
        return members.stream().filter(m -> m.status() == MemberStatus.REMOVING || m.status() == MemberStatus.REMOVED)
                .filter(m -> operationId(m.id()).equals(operationId)).findFirst();
    }
}
