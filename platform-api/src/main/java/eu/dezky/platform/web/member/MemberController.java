package eu.dezky.platform.web.member;

import eu.dezky.platform.web.http.TenantReads;
import eu.dezky.platform.web.http.DuplicateAggregateDetector;
import eu.dezky.platform.web.http.Fields;
import eu.dezky.platform.web.http.ReadModelWait;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.claim.ClaimMailAddressCommand;
import eu.dezky.api.claim.ConfirmMailAddressClaimCommand;
import eu.dezky.api.member.CreateMemberCommand;
import eu.dezky.api.member.FindMemberQuery;
import eu.dezky.api.member.FindMembersQuery;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberList;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.claim.ReleaseMailAddressCommand;
import eu.dezky.api.member.Username;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantView;
import eu.dezky.platform.secrets.JdbcSecretVault;
import eu.dezky.platform.secrets.OneTimePasswords;
import eu.dezky.platform.security.Caller;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Duration;

/**
 * A tenant's members. Creating one claims the mailbox address platform-wide, stores a fresh one-time password in
 * the vault and starts the onboarding saga; the password is in this response only. Done within a short wait: 201 with
 * the member, otherwise 202 with the onboarding operation to poll. Access is decided by the tenant policy first.
 */
@RestController
class MemberController {

    private static final Duration SHORT_WAIT = Duration.ofSeconds(5);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadModelWait readModel;
    private final DuplicateAggregateDetector duplicates;
    private final JdbcSecretVault vault;
    private final OneTimePasswords passwords;
    private final MemberLinking linking;
    private final TenantReads reads;

    MemberController(CommandGateway commands, QueryGateway queries, ReadModelWait readModel,
                     DuplicateAggregateDetector duplicates, JdbcSecretVault vault, OneTimePasswords passwords,
                     MemberLinking linking, TenantReads reads) {
        this.commands = commands;
        this.queries = queries;
        this.readModel = readModel;
        this.duplicates = duplicates;
        this.vault = vault;
        this.passwords = passwords;
        this.linking = linking;
        this.reads = reads;
    }

    @PostMapping("/api/tenants/{slug}/members")
    ResponseEntity<MemberRequests.Created> create(@PathVariable String slug, @RequestBody MemberRequests.Create body,
                                                  @AuthenticationPrincipal Caller caller) {
        TenantView tenant = reads.tenant(slug);
        TenantId tenantId = new TenantId(tenant.slug());
        if (body.displayName() == null || body.displayName().isBlank() || body.displayName().length() > 200) {
            throw new InvalidValueException("displayName", "displayName is required (at most 200 characters)");
        }
        if (body.mailbox() != null) {
            // the same person, already a member of another tenant, joins this one too (linked membership)
            return linking.link(slug, tenantId, body, caller);
        }
        Username username = Fields.parse("username", body.username(), () -> new Username(body.username()));
        MemberRole role = MemberRole.parse(body.role());
        if (tenant.primaryMailDomain() == null) {
            throw new RuleViolationException("no-primary-domain", "the tenant '" + slug + "' has no primary mail"
                    + " domain yet: add a mail domain (POST /api/tenants/" + slug + "/domains) before creating members");
        }
        MailAddress mailbox = MailAddress.of(username, tenant.primaryMailDomain().value());
        MemberId memberId = MemberId.random();
        String password = passwords.next();
        String secretRef = vault.store(password);
        try {
            // provisional: should the engine stop before the member exists, the claim releases itself
            claim(new ClaimMailAddressCommand(mailbox, tenantId, memberId.value(), true));
        } catch (RuntimeException e) {
            vault.delete(secretRef);
            throw e;
        }
        var command = new CreateMemberCommand(memberId, tenantId, body.displayName().trim(), username, role, mailbox,
                secretRef, java.util.UUID.randomUUID().toString());
        return readModel.sendThenAwait(() -> create(command), new FindMemberQuery(tenantId, memberId), MemberView.class,
                        view -> view.status() != MemberStatus.PROVISIONING, SHORT_WAIT)
                .map(view -> ResponseEntity.created(URI.create("/api/tenants/" + slug + "/members/" + view.id()))
                        .body(MemberRequests.Created.of(view, password)))
                .orElseGet(() -> ResponseEntity.accepted()
                        .location(URI.create("/api/tenants/" + slug + "/operations/" + memberId))
                        .body(MemberRequests.Created.pending(memberId.value(), mailbox.value(), password,
                                reads.findMember(tenantId, memberId.value()).orElse(null))));
    }

    /** Removed members are history: listed only on request ({@code ?includeRemoved=true}), always found by id. */
    @GetMapping("/api/tenants/{slug}/members")
    MemberRequests.Members list(@PathVariable String slug,
                                @RequestParam(defaultValue = "false") boolean includeRemoved) {
        MemberList all = all(reads.tenantId(slug));
        return MemberRequests.Members.of(includeRemoved ? all : new MemberList(all.members().stream()
                .filter(member -> member.status() != MemberStatus.REMOVED).toList()));
    }

    @GetMapping("/api/tenants/{slug}/members/{id}")
    MemberRequests.Member get(@PathVariable String slug, @PathVariable String id) {
        return MemberRequests.Member.of(reads.member(reads.tenantId(slug), id));
    }

    private MemberList all(TenantId tenantId) {
        return queries.query(new FindMembersQuery(tenantId), ResponseTypes.instanceOf(MemberList.class)).join();
    }

    /** The address is the claim's aggregate id: of two concurrent first claims the event store lets one win. */
    private void claim(ClaimMailAddressCommand command) {
        duplicates.sendCreate(commands, command, "address-taken", "the address '" + command.address() + "' is already in use on this platform");
    }

    /**
     * A create that fails after the claim frees the address again, so the admin can retry; one that succeeds
     * confirms the claim (UnconfirmedClaimSaga confirms it too, should the engine stop right here).
     */
    private void create(CreateMemberCommand command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            commands.sendAndWait(new ReleaseMailAddressCommand(command.mailbox(), command.memberId().value()));
            vault.delete(command.secretRef());
            throw e;
        }
        commands.sendAndWait(new ConfirmMailAddressClaimCommand(command.mailbox(), command.memberId().value()));
    }
}
