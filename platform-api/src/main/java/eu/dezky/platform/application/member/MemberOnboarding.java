package eu.dezky.platform.application.member;

import eu.dezky.api.claim.ClaimMailAddressCommand;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.claim.ReleaseMailAddressCommand;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.member.CreateMemberCommand;
import eu.dezky.api.member.FindMemberQuery;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.member.Username;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantView;
import eu.dezky.platform.application.DuplicateAggregateDetector;
import eu.dezky.platform.application.Fields;
import eu.dezky.platform.application.ReadModelWait;
import eu.dezky.platform.application.TenantReads;
import eu.dezky.platform.secrets.JdbcSecretVault;
import eu.dezky.platform.secrets.OneTimePasswords;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Creates a member: claims the mailbox address {@code username@<primary domain>} platform-wide, stores a fresh
 * one-time password in the vault and creates the member, which starts the onboarding saga. The claim is provisional:
 * {@code UnconfirmedClaimSaga} confirms it when the member exists and releases it if the member never appears (the
 * engine stopped in between). A create refused after the claim releases it again at once, so the admin can retry.
 */
@Component
public class MemberOnboarding {

    /** RFC 5321's longest address, which the mailbox must fit, whatever the username's own limit. */
    private static final int MAX_ADDRESS = 254;

    private final CommandGateway commands;
    private final ReadModelWait readModel;
    private final DuplicateAggregateDetector duplicates;
    private final JdbcSecretVault vault;
    private final OneTimePasswords passwords;
    private final TenantReads reads;

    MemberOnboarding(CommandGateway commands, ReadModelWait readModel, DuplicateAggregateDetector duplicates,
                     JdbcSecretVault vault, OneTimePasswords passwords, TenantReads reads) {
        this.commands = commands;
        this.readModel = readModel;
        this.duplicates = duplicates;
        this.vault = vault;
        this.passwords = passwords;
        this.reads = reads;
    }

    /** A member's values checked as a create checks them, with the mailbox they ask for. */
    public record Checked(String displayName, Username username, MemberRole role, MailAddress mailbox) {
    }

    /** Creates the member and waits up to {@code wait} for the onboarding to end. */
    public MemberStarted create(TenantView tenant, String displayName, String username, String role, Duration wait) {
        Checked checked = check(tenant, displayName, username, role);
        TenantId tenantId = new TenantId(tenant.slug());
        MemberId memberId = MemberId.random();
        String operationId = UUID.randomUUID().toString();
        String password = passwords.next();
        CreateMemberCommand command = claim(tenantId, checked, memberId, operationId, password);
        Optional<MemberView> settled = readModel.sendThenAwait(() -> send(command),
                new FindMemberQuery(tenantId, memberId), MemberView.class,
                view -> view.status() != MemberStatus.PROVISIONING, wait);
        return new MemberStarted(memberId.value(), operationId, checked.mailbox().value(), password,
                settled.orElseGet(() -> reads.findMember(tenantId, memberId.value()).orElse(null)),
                settled.isPresent());
    }

    /**
     * Checks the values of a new member: display name, username, role, and that the tenant has a primary domain the
     * mailbox fits. Changes nothing; throws {@link InvalidValueException} naming the field, or a rule violation.
     */
    public Checked check(TenantView tenant, String displayName, String username, String role) {
        String name = DisplayNames.require(displayName);
        Username user = Fields.parse("username", username, () -> new Username(username));
        MemberRole memberRole = MemberRole.parse(role);
        if (tenant.primaryMailDomain() == null) {
            throw new RuleViolationException("no-primary-domain", "the tenant '" + tenant.slug() + "' has no primary"
                    + " mail domain yet: add a mail domain (POST /api/tenants/" + tenant.slug() + "/domains) before"
                    + " creating members");
        }
        String domain = tenant.primaryMailDomain().value();
        InvalidValueException.require(user.value().length() + 1 + domain.length() <= MAX_ADDRESS, "username",
                "username is too long for the mail domain " + domain + ": a mailbox address has at most "
                        + MAX_ADDRESS + " characters");
        return new Checked(name, user, memberRole, MailAddress.of(user, domain));
    }

    /** Creates a checked member with ids and password the caller chose, without waiting (an import's rows). */
    public void start(TenantView tenant, Checked checked, MemberId memberId, String operationId, String password) {
        send(claim(new TenantId(tenant.slug()), checked, memberId, operationId, password));
    }

    /** Stores the password and claims the mailbox; answers the create to send, which releases both if refused. */
    private CreateMemberCommand claim(TenantId tenantId, Checked checked, MemberId memberId, String operationId,
                                      String password) {
        String secretRef = vault.store(password);
        try {
            duplicates.sendCreate(commands, new ClaimMailAddressCommand(checked.mailbox(), tenantId, memberId.value(),
                    true), "address-taken", "the address '" + checked.mailbox()
                    + "' is already in use on this platform");
        } catch (RuntimeException e) {
            vault.delete(secretRef);
            throw e;
        }
        return new CreateMemberCommand(memberId, tenantId, checked.displayName(), checked.username(), checked.role(),
                checked.mailbox(), secretRef, operationId);
    }

    private void send(CreateMemberCommand command) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            commands.sendAndWait(new ReleaseMailAddressCommand(command.mailbox(), command.memberId().value()));
            vault.delete(command.secretRef());
            throw e;
        }
    }
}
