package eu.dezky.platform.web.member;

import eu.dezky.platform.web.http.Fields;
import eu.dezky.platform.web.http.ReadModelWait;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.claim.FindMailAddressHoldersQuery;
import eu.dezky.api.member.FindMemberQuery;
import eu.dezky.api.claim.JoinMailAddressCommand;
import eu.dezky.api.member.LinkMemberCommand;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.claim.MailAddressHolders;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.claim.ReleaseMailAddressCommand;
import eu.dezky.api.member.Username;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.platform.security.Caller;
import eu.dezky.platform.security.TenantAccessPolicy;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /members} with a {@code mailbox} instead of a {@code username}: adds a person who is already an active
 * member of another tenant to this one, sharing their SSO identity, mailbox and file account (no new password). The
 * caller must also be allowed on the tenant holding the mailbox, so a tenant admin cannot pull a stranger's mailbox
 * into their tenant. The address claim records the new holder first; it, not a read model, decides later which
 * removal is the last one.
 */
@Component
class MemberLinking {

    private static final Duration SHORT_WAIT = Duration.ofSeconds(5);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadModelWait readModel;
    private final TenantAccessPolicy policy;

    MemberLinking(CommandGateway commands, QueryGateway queries, ReadModelWait readModel, TenantAccessPolicy policy) {
        this.commands = commands;
        this.queries = queries;
        this.readModel = readModel;
        this.policy = policy;
    }

    ResponseEntity<MemberRequests.Created> link(String slug, TenantId tenantId, MemberRequests.Create body,
                                                Caller caller) {
        if (body.username() != null) {
            throw new InvalidValueException("mailbox", "give either username (a new person) or mailbox (a person who"
                    + " is already a member of another tenant), not both");
        }
        MemberRole role = MemberRole.parse(body.role());
        MailAddress mailbox = Fields.parse("mailbox", body.mailbox(), () -> new MailAddress(body.mailbox()));
        Username username = Fields.parse("mailbox", mailbox, () -> new Username(mailbox.localPart()));
        MemberView source = source(tenantId, mailbox, caller);
        MemberId memberId = MemberId.random();
        commands.sendAndWait(new JoinMailAddressCommand(mailbox, tenantId, memberId.value(), source.id()));
        var command = new LinkMemberCommand(memberId, tenantId, body.displayName().trim(), username, role, mailbox,
                new TenantId(source.tenant()), java.util.UUID.randomUUID().toString());
        return readModel.sendThenAwait(() -> link(command), new FindMemberQuery(tenantId, memberId), MemberView.class,
                        view -> view.status() != MemberStatus.PROVISIONING, SHORT_WAIT)
                .map(view -> ResponseEntity.created(URI.create("/api/tenants/" + slug + "/members/" + view.id()))
                        .body(MemberRequests.Created.of(view, null)))
                .orElseGet(() -> ResponseEntity.accepted()
                        .location(URI.create("/api/tenants/" + slug + "/operations/" + memberId))
                        .body(MemberRequests.Created.pending(memberId.value(), mailbox.value(), null, null)));
    }

    /** The person's active membership in a tenant the caller may also act on. */
    private MemberView source(TenantId tenantId, MailAddress mailbox, Caller caller) {
        List<MailAddressHolders.Holder> holders = queries.query(new FindMailAddressHoldersQuery(mailbox),
                        ResponseTypes.optionalInstanceOf(MailAddressHolders.class)).join()
                .map(MailAddressHolders::holders).orElse(List.of());
        if (holders.isEmpty()) {
            throw new InvalidValueException("mailbox", "no member on this platform has the mailbox " + mailbox
                    + "; to create a new person, give a username instead");
        }
        if (holders.stream().anyMatch(h -> h.tenant().equals(tenantId.slug()))) {
            throw new RuleViolationException("already-member", "the tenant '" + tenantId.slug()
                    + "' already has a membership with the mailbox " + mailbox);
        }
        List<MailAddressHolders.Holder> allowed = holders.stream()
                .filter(h -> policy.mayAccess(caller, h.tenant())).toList();
        if (allowed.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "the mailbox " + mailbox
                    + " belongs to a membership in a tenant you may not administer; only someone allowed on both"
                    + " tenants can add that person here");
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
        }
        return allowed.stream().map(this::member).flatMap(Optional::stream)
                .filter(view -> view.status() == MemberStatus.ACTIVE).findFirst()
                .orElseThrow(() -> new RuleViolationException("mailbox-not-active", "the mailbox " + mailbox
                        + " is not an active member's; only an active person can be added to another tenant"));
    }

    /** The holder as a member; other claimants (aliases, lists) are none. */
    private Optional<MemberView> member(MailAddressHolders.Holder holder) {
        try {
            return queries.query(new FindMemberQuery(new TenantId(holder.tenant()), new MemberId(holder.claimant())),
                    ResponseTypes.optionalInstanceOf(MemberView.class)).join();
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /** A link that fails after joining the claim gives its share back, so the admin can retry. */
    private void link(LinkMemberCommand command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            commands.sendAndWait(new ReleaseMailAddressCommand(command.mailbox(), command.memberId().value()));
            throw e;
        }
    }
}
