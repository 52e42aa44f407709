package eu.dezky.platform.application.mail;

import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.mail.CreateMailAliasCommand;
import eu.dezky.api.mail.FindMailAliasQuery;
import eu.dezky.api.mail.MailAliasId;
import eu.dezky.api.mail.MailAliasView;
import eu.dezky.api.mail.MailObjectStatus;
import eu.dezky.api.mail.RemoveMailAliasCommand;
import eu.dezky.api.member.FindMemberQuery;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.platform.application.Fields;
import eu.dezky.platform.application.NotFoundException;
import eu.dezky.platform.application.ReadModelWait;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A tenant's mail aliases: extra addresses on the tenant's domains delivering to a member's mailbox. Creating one
 * claims the address platform-wide, then creates the alias (its saga adds it in the mail server); removing one takes
 * it off again. Each waits briefly for the mail server's answer.
 */
@Component
public class MailAliases {

    /**
     * A suspended member keeps their mailbox (freezing blocks log-in, not delivery) and usually comes back, so an
     * alias may point at them; members still onboarding, failed or on their way out have no mailbox to count on.
     */
    private static final Set<MemberStatus> CAN_RECEIVE = EnumSet.of(MemberStatus.ACTIVE, MemberStatus.SUSPENDED);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadModelWait readModel;
    private final MailAddresses addresses;

    MailAliases(CommandGateway commands, QueryGateway queries, ReadModelWait readModel, MailAddresses addresses) {
        this.commands = commands;
        this.queries = queries;
        this.readModel = readModel;
        this.addresses = addresses;
    }

    public MailChange<MailAliasView> create(TenantId tenant, String rawAddress, String rawMemberId, Duration wait) {
        MailAddress address = MailAddresses.parse("address", rawAddress);
        MemberId memberId = Fields.parse("memberId", rawMemberId, () -> new MemberId(rawMemberId));
        addresses.requireTenantDomain(tenant, address);
        MailAddress mailbox = mailboxOf(tenant, memberId);
        MailAliasId id = MailAliasId.of(address);
        String operationId = UUID.randomUUID().toString();
        addresses.claim(tenant, address, id.toString());
        var command = new CreateMailAliasCommand(id, tenant, memberId, mailbox, operationId);
        // only updates count: an earlier alias of the same address may still show as failed or removed
        Optional<MailAliasView> settled = readModel.sendThenAwaitUpdate(
                () -> addresses.releaseAfter(() -> commands.sendAndWait(command), address, id.toString()),
                new FindMailAliasQuery(tenant, address), MailAliasView.class,
                view -> view.status() != MailObjectStatus.PROVISIONING, wait);
        return new MailChange<>(operationId, settled.orElseGet(() -> find(tenant, address).orElse(null)),
                settled.isPresent());
    }

    /** Removes the alias; 409 when the mail server could not remove it (it needs attention). */
    public MailChange<MailAliasView> remove(TenantId tenant, String rawAddress, Duration wait) {
        MailAddress address = MailAddresses.fromPath(rawAddress, "alias");
        MailAliasView current = find(tenant, address).filter(view -> view.status().inUse())
                .orElseThrow(() -> new NotFoundException("the tenant has no alias " + InvalidValueException.quote(rawAddress)));
        String operationId = UUID.randomUUID().toString();
        Optional<MailAliasView> ended = readModel.sendThenAwaitUpdate(
                () -> commands.sendAndWait(new RemoveMailAliasCommand(MailAliasId.of(address), tenant, null,
                        operationId)),
                new FindMailAliasQuery(tenant, address), MailAliasView.class,
                view -> view.status() == MailObjectStatus.REMOVED || view.status() == MailObjectStatus.NEEDS_ATTENTION,
                wait);
        if (ended.isPresent() && ended.get().status() != MailObjectStatus.REMOVED) {
            throw new RuleViolationException("alias-removal-failed", "the alias " + address + " could not be removed: "
                    + ended.get().reason());
        }
        return new MailChange<>(operationId, ended.orElseGet(() -> find(tenant, address).orElse(current)),
                ended.isPresent());
    }

    public Optional<MailAliasView> find(TenantId tenant, MailAddress address) {
        return queries.query(new FindMailAliasQuery(tenant, address),
                ResponseTypes.optionalInstanceOf(MailAliasView.class)).join();
    }

    /** The member's mailbox, if they can receive mail there; 400 for someone not in the tenant, 409 otherwise. */
    private MailAddress mailboxOf(TenantId tenant, MemberId memberId) {
        MemberView member = queries.query(new FindMemberQuery(tenant, memberId),
                ResponseTypes.optionalInstanceOf(MemberView.class)).join().orElseThrow(() ->
                new InvalidValueException("memberId", "the tenant has no member " + InvalidValueException.quote(memberId)));
        if (!CAN_RECEIVE.contains(member.status())) {
            throw new RuleViolationException("member-not-active", "the member " + member.mailbox() + " is "
                    + member.status().name().toLowerCase(Locale.ROOT) + "; an alias needs an active or suspended member");
        }
        boolean hasMailbox = member.steps().stream().anyMatch(s -> s.system() == MemberSystem.MAILBOX
                && (s.state() == StepState.DONE || s.state() == StepState.SKIPPED));
        if (!hasMailbox) {
            throw new RuleViolationException("member-without-mailbox", "the member " + member.mailbox()
                    + " has no mailbox to deliver to");
        }
        return new MailAddress(member.mailbox());
    }
}
