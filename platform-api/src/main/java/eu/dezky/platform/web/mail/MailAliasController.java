package eu.dezky.platform.web.mail;

import eu.dezky.platform.web.http.Fields;
import eu.dezky.platform.web.http.NotFoundException;
import eu.dezky.platform.web.http.ReadModelWait;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.mail.CreateMailAliasCommand;
import eu.dezky.api.mail.FindMailAliasQuery;
import eu.dezky.api.mail.FindMailAliasesQuery;
import eu.dezky.api.mail.MailAliasId;
import eu.dezky.api.mail.MailAliasList;
import eu.dezky.api.mail.MailAliasView;
import eu.dezky.api.mail.MailObjectStatus;
import eu.dezky.api.mail.RemoveMailAliasCommand;
import eu.dezky.api.member.FindMemberQuery;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.claim.ReleaseMailAddressCommand;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A tenant's mail aliases: extra addresses on the tenant's domains delivering to a member's mailbox. Creating one
 * claims the address platform-wide and starts the alias's saga; done within a short wait: 201 with the alias, else
 * 202 with its operation ({@code GET …/operations/{id}}) to poll. Removing answers 204 once the mail server no longer
 * has it, else 202 likewise.
 */
@RestController
class MailAliasController {

    private static final Duration SHORT_WAIT = Duration.ofSeconds(5);

    /**
     * A suspended member keeps their mailbox (freezing blocks log-in, not delivery) and usually comes back, so an
     * alias may point at them; members still onboarding, failed or on their way out have no mailbox to count on.
     */
    private static final Set<MemberStatus> CAN_RECEIVE = EnumSet.of(MemberStatus.ACTIVE, MemberStatus.SUSPENDED);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadModelWait readModel;
    private final TenantMailAddresses addresses;

    MailAliasController(CommandGateway commands, QueryGateway queries, ReadModelWait readModel,
                        TenantMailAddresses addresses) {
        this.commands = commands;
        this.queries = queries;
        this.readModel = readModel;
        this.addresses = addresses;
    }

    @PostMapping("/api/tenants/{slug}/mail/aliases")
    ResponseEntity<MailAliasView> create(@PathVariable String slug, @RequestBody MailRequests.CreateAlias body) {
        TenantId tenant = addresses.tenant(slug);
        MailAddress address = TenantMailAddresses.parse("address", body.address());
        MemberId memberId = Fields.parse("memberId", body.memberId(), () -> new MemberId(body.memberId()));
        addresses.requireTenantDomain(tenant, address);
        MailAddress mailbox = mailboxOf(tenant, memberId);
        MailAliasId id = MailAliasId.of(address);
        addresses.claim(tenant, address, id.toString());
        URI location = URI.create("/api/tenants/" + slug + "/mail/aliases/" + address);
        return readModel.sendThenAwaitUpdate(() -> create(new CreateMailAliasCommand(id, tenant, memberId, mailbox, java.util.UUID.randomUUID().toString())),
                        new FindMailAliasQuery(tenant, address), MailAliasView.class,
                        view -> view.status() != MailObjectStatus.PROVISIONING, SHORT_WAIT)
                .map(view -> ResponseEntity.created(location).body(view))
                .orElseGet(() -> ResponseEntity.accepted().location(MailOperations.aliasOperation(slug, address))
                        .body(Optional.ofNullable(
                        find(tenant, address)).orElseGet(() -> MailRequests.pendingAlias(address.value(), slug,
                        memberId.value(), mailbox.value()))));
    }

    @GetMapping("/api/tenants/{slug}/mail/aliases")
    MailAliasList list(@PathVariable String slug) {
        return queries.query(new FindMailAliasesQuery(addresses.tenant(slug)),
                ResponseTypes.instanceOf(MailAliasList.class)).join();
    }

    /** One alias with its status and mail-server step; where a 201 points to (a 202 points to its operation). */
    @GetMapping("/api/tenants/{slug}/mail/aliases/{address}")
    MailAliasView get(@PathVariable String slug, @PathVariable String address) {
        TenantId tenant = addresses.tenant(slug);
        MailAliasView view = find(tenant, TenantMailAddresses.fromPath(address, "alias"));
        if (view == null) {
            throw new NotFoundException("the tenant has no alias '" + address + "'");
        }
        return view;
    }

    @DeleteMapping("/api/tenants/{slug}/mail/aliases/{address}")
    ResponseEntity<MailAliasView> remove(@PathVariable String slug, @PathVariable("address") String raw) {
        TenantId tenant = addresses.tenant(slug);
        MailAddress address = TenantMailAddresses.fromPath(raw, "alias");
        MailAliasView current = find(tenant, address);
        if (current == null || !current.status().inUse()) {
            throw new NotFoundException("the tenant has no alias '" + raw + "'");
        }
        var outcome = readModel.sendThenAwaitUpdate(
                () -> commands.sendAndWait(new RemoveMailAliasCommand(MailAliasId.of(address), tenant, null, java.util.UUID.randomUUID().toString())),
                new FindMailAliasQuery(tenant, address), MailAliasView.class,
                view -> view.status() == MailObjectStatus.REMOVED || view.status() == MailObjectStatus.NEEDS_ATTENTION,
                SHORT_WAIT);
        if (outcome.isEmpty()) {
            return ResponseEntity.accepted().location(MailOperations.aliasOperation(slug, address))
                    .body(find(tenant, address));
        }
        if (outcome.get().status() != MailObjectStatus.REMOVED) {
            throw new RuleViolationException("alias-removal-failed", "the alias " + address + " could not be removed: "
                    + outcome.get().reason());
        }
        return ResponseEntity.noContent().build();
    }

    /** The member's mailbox, if they can receive mail there; 400 for someone not in the tenant, 409 otherwise. */
    private MailAddress mailboxOf(TenantId tenant, MemberId memberId) {
        MemberView member = queries.query(new FindMemberQuery(tenant, memberId),
                ResponseTypes.optionalInstanceOf(MemberView.class)).join().orElseThrow(() ->
                new InvalidValueException("memberId", "the tenant has no member '" + memberId + "'"));
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

    /** A create that fails after the claim frees the address again, so the admin can retry. */
    private void create(CreateMailAliasCommand command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            commands.sendAndWait(new ReleaseMailAddressCommand(command.id().address(), command.id().toString()));
            throw e;
        }
    }

    private MailAliasView find(TenantId tenant, MailAddress address) {
        return queries.query(new FindMailAliasQuery(tenant, address),
                ResponseTypes.optionalInstanceOf(MailAliasView.class)).join().orElse(null);
    }
}
