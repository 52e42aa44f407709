package eu.dezky.platform.application.member;

import eu.dezky.api.claim.ClaimMailAddressCommand;
import eu.dezky.api.claim.FindMailAddressHoldersQuery;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.claim.MailAddressHolders;
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
import eu.dezky.platform.idempotency.RememberedValues;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Creates a member: claims the mailbox address {@code username@<primary domain>} platform-wide, stores a fresh
 * one-time password in the vault and creates the member, which starts the onboarding saga. The claim is provisional:
 * {@code UnconfirmedClaimSaga} confirms it when the member exists and releases it if the member never appears (the
 * engine stopped in between). A create refused after the claim releases it again at once, so the admin can retry.
 * Under an {@code Idempotency-Key} the member id, operation id and one-time password are the first try's
 * ({@link RememberedValues}): a retry after a crash finds that try's claim and member and answers with them.
 */
@Component
public class MemberOnboarding {

    private static final Logger log = LoggerFactory.getLogger(MemberOnboarding.class);
    /** RFC 5321's longest address, which the mailbox must fit, whatever the username's own limit. */
    private static final int MAX_ADDRESS = 254;

    private final CommandGateway commands;
    private final ReadModelWait readModel;
    private final DuplicateAggregateDetector duplicates;
    private final JdbcSecretVault vault;
    private final OneTimePasswords passwords;
    private final TenantReads reads;
    private final RememberedValues remembered;
    private final QueryGateway queries;

    MemberOnboarding(CommandGateway commands, ReadModelWait readModel, DuplicateAggregateDetector duplicates,
                     JdbcSecretVault vault, OneTimePasswords passwords, TenantReads reads,
                     RememberedValues remembered, QueryGateway queries) {
        this.remembered = remembered;
        this.queries = queries;
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
        // A retry of a keyed request gets the first try's ids and password, so it finds the member that try made.
        MemberId memberId = new MemberId(remembered.remember("member-id", () -> MemberId.random().value()));
        String operationId = remembered.remember("operation-id", () -> UUID.randomUUID().toString());
        String password = remembered.remember("one-time-password", passwords::next);
        CreateMemberCommand command = claim(tenantId, checked, memberId, operationId, password);
        AtomicBoolean created = new AtomicBoolean();
        Optional<MemberView> settled;
        try {
            settled = readModel.sendThenAwait(() -> created.set(send(command)),
                    new FindMemberQuery(tenantId, memberId), MemberView.class,
                    view -> view.status() != MemberStatus.PROVISIONING, wait);
        } catch (RuntimeException e) {
            if (!created.get()) {
                throw e;
            }
            // The member exists: its onboarding runs whatever the read side does, so answer "running", never a 500.
            log.warn("Member {} created, its read model not readable: {}", memberId.value(), e.toString());
            return new MemberStarted(memberId.value(), operationId, checked.mailbox().value(), password, null, false);
        }
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
            claim(checked.mailbox(), tenantId, memberId);
        } catch (RuntimeException e) {
            vault.delete(secretRef);
            throw e;
        }
        return new CreateMemberCommand(memberId, tenantId, checked.displayName(), checked.username(), checked.role(),
                checked.mailbox(), secretRef, operationId);
    }

    /** Claims the mailbox; a claim by this very member (an earlier try of the same keyed request) is ours already. */
    private void claim(MailAddress mailbox, TenantId tenantId, MemberId memberId) {
        try {
            duplicates.sendCreate(commands, new ClaimMailAddressCommand(mailbox, tenantId, memberId.value(), true),
                    "address-taken", "the address '" + mailbox + "' is already in use on this platform");
        } catch (RuleViolationException e) {
            boolean ours = queries.query(new FindMailAddressHoldersQuery(mailbox),
                            ResponseTypes.optionalInstanceOf(MailAddressHolders.class)).join()
                    .map(h -> h.holders().stream().anyMatch(holder -> holder.claimant().equals(memberId.value())))
                    .orElse(false);
            if (!ours) {
                throw e;
            }
        }
    }

    /** True once the member exists: made now, or by an earlier try of the same keyed request (its id is that try's). */
    private boolean send(CreateMemberCommand command) {
        try {
            commands.sendAndWait(command);
            return true;
        } catch (RuntimeException e) {
            if (duplicates.isDuplicate(e)) {
                vault.delete(command.secretRef()); // the member keeps the first try's vault entry
                return true;
            }
            commands.sendAndWait(new ReleaseMailAddressCommand(command.mailbox(), command.memberId().value()));
            vault.delete(command.secretRef());
            throw e;
        }
    }
}
