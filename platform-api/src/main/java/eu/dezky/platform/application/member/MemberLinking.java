package eu.dezky.platform.application.member;

import eu.dezky.platform.application.DuplicateAggregateDetector;
import eu.dezky.platform.application.Fields;
import eu.dezky.platform.application.ReadModelWait;
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
import eu.dezky.api.tenant.TenantView;
import eu.dezky.platform.idempotency.RememberedValues;
import eu.dezky.platform.security.Caller;
import eu.dezky.platform.security.TenantAccessPolicy;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Adds a person who is already an active member of another tenant to this one, sharing their SSO identity, mailbox
 * and file account (no new password). The caller must also be allowed on the tenant holding the mailbox, so a tenant
 * admin cannot pull a stranger's mailbox into their tenant. The address claim records the new holder first; it, not a
 * read model, decides later which removal is the last one. A link refused after joining gives its share back.
 */
@Component
public class MemberLinking {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadModelWait readModel;
    private final TenantAccessPolicy policy;
    private final RememberedValues remembered;
    private final DuplicateAggregateDetector duplicates;

    MemberLinking(CommandGateway commands, QueryGateway queries, ReadModelWait readModel, TenantAccessPolicy policy,
                  RememberedValues remembered, DuplicateAggregateDetector duplicates) {
        this.remembered = remembered;
        this.duplicates = duplicates;
        this.commands = commands;
        this.queries = queries;
        this.readModel = readModel;
        this.policy = policy;
    }

    /** Links the person with {@code rawMailbox} and waits up to {@code wait} for the linking to end. */
    public MemberStarted link(TenantView tenant, String displayName, String username, String rawMailbox, String role,
                              Caller caller, Duration wait) {
        String name = DisplayNames.require(displayName);
        if (username != null) {
            throw new InvalidValueException("mailbox", "give either username (a new person) or mailbox (a person who"
                    + " is already a member of another tenant), not both");
        }
        TenantId tenantId = new TenantId(tenant.slug());
        MemberRole memberRole = MemberRole.parse(role);
        MailAddress mailbox = Fields.parse("mailbox", rawMailbox, () -> new MailAddress(rawMailbox));
        Username user = Fields.parse("mailbox", mailbox, () -> new Username(mailbox.localPart()));
        // A retry of a keyed request gets the first try's ids: its join and member are this request's own.
        MemberId memberId = new MemberId(remembered.remember("member-id", () -> MemberId.random().value()));
        String operationId = remembered.remember("operation-id", () -> UUID.randomUUID().toString());
        MemberView source = source(tenantId, mailbox, caller, memberId);
        commands.sendAndWait(new JoinMailAddressCommand(mailbox, tenantId, memberId.value(), source.id()));
        var command = new LinkMemberCommand(memberId, tenantId, name, user, memberRole, mailbox,
                new TenantId(source.tenant()), operationId);
        Optional<MemberView> settled = readModel.sendThenAwait(() -> link(command),
                new FindMemberQuery(tenantId, memberId), MemberView.class,
                view -> view.status() != MemberStatus.PROVISIONING, wait);
        return new MemberStarted(memberId.value(), operationId, mailbox.value(), null, settled.orElse(null),
                settled.isPresent());
    }

    /**
     * The person's active membership in a tenant the caller may also act on. {@code linking} (the new member) counts as
     * neither: an earlier try of the same keyed request may have joined it already.
     */
    private MemberView source(TenantId tenantId, MailAddress mailbox, Caller caller, MemberId linking) {
        List<MailAddressHolders.Holder> holders = queries.query(new FindMailAddressHoldersQuery(mailbox),
                        ResponseTypes.optionalInstanceOf(MailAddressHolders.class)).join()
                .map(MailAddressHolders::holders).orElse(List.of()).stream()
                .filter(h -> !h.claimant().equals(linking.value())).toList();
        if (holders.stream().anyMatch(h -> h.tenant().equals(tenantId.slug()))) {
            throw new RuleViolationException("already-member", "the tenant '" + tenantId.slug()
                    + "' already has a membership with the mailbox " + mailbox);
        }
        List<MailAddressHolders.Holder> allowed = holders.stream()
                .filter(h -> policy.mayAccess(caller, h.tenant())).toList();
        if (allowed.isEmpty()) {
            // The same answer whether nobody holds the address or someone the caller may not see: otherwise the
            // refusal would tell which addresses exist platform-wide.
            throw new InvalidValueException("mailbox", "no member of a tenant you administer has the mailbox " + mailbox
                    + "; to create a new person, give a username instead");
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

    /**
     * A link that fails after joining the claim gives its share back, so the admin can retry. A member that exists
     * already was linked by an earlier try of the same keyed request (its id is that try's).
     */
    private void link(LinkMemberCommand command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            if (duplicates.isDuplicate(e)) {
                return;
            }
            commands.sendAndWait(new ReleaseMailAddressCommand(command.mailbox(), command.memberId().value()));
            throw e;
        }
    }
}
