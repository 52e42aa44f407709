package eu.dezky.platform.application.reconcile;

import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.mail.FindMailingListQuery;
import eu.dezky.api.mail.MailingListView;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.operation.OperationView;
import eu.dezky.api.reconcile.Difference;
import eu.dezky.api.reconcile.IntegrationReport;
import eu.dezky.api.reconcile.IntegrationStatus;
import eu.dezky.api.reconcile.ReconciliationView;
import eu.dezky.api.reconcile.RepairItem;
import eu.dezky.api.reconcile.Situation;
import eu.dezky.api.reconcile.StartTenantRepairCommand;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.platform.application.TenantReads;
import eu.dezky.platform.application.operation.Operations;
import eu.dezky.platform.secrets.JdbcSecretVault;
import eu.dezky.platform.secrets.OneTimePasswords;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Starts the repair of what a reconciliation found: every missing, drifted or orphaned object becomes a step; foreign
 * objects and integrations that could not be read are left out. A member whose SSO user, mailbox or file account is
 * re-created gets one new one-time password, stored encrypted in the vault for the saga and answered once here to
 * the caller who asked, as onboarding does.
 */
@Component
public class Repair {

    /** Accounts a repair re-creates: the member signs in to them with the new one-time password. */
    private static final Set<String> ACCOUNTS = Set.of("authentik/user", "stalwart/mailbox", "ocis/user");

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final TenantReads reads;
    private final Operations operations;
    private final JdbcSecretVault vault;
    private final OneTimePasswords passwords;

    Repair(CommandGateway commands, QueryGateway queries, TenantReads reads, Operations operations,
           JdbcSecretVault vault, OneTimePasswords passwords) {
        this.commands = commands;
        this.queries = queries;
        this.reads = reads;
        this.operations = operations;
        this.vault = vault;
        this.passwords = passwords;
    }

    /** A member's new one-time password; only ever in the answer to the caller who started the repair. */
    public record NewPassword(String memberId, String mailbox, String oneTimePassword) {
    }

    /**
     * A started repair: its operation id (null when there was nothing to repair), the new passwords, and the
     * operation once it ended within the wait.
     */
    public record Started(String operationId, List<NewPassword> passwords, Optional<OperationView> ended) {
    }

    /** Repairs what {@code findings} (the tenant's latest reconciliation) found, waiting up to {@code wait}. */
    public Started repair(TenantId tenant, ReconciliationView findings, Duration wait) {
        Map<String, NewPassword> fresh = new LinkedHashMap<>();
        Map<String, String> refs = new LinkedHashMap<>();
        List<RepairItem> items = new ArrayList<>();
        for (IntegrationReport report : findings.integrations()) {
            if (report.status() == IntegrationStatus.ERROR) {
                continue;
            }
            for (Difference d : report.differences()) {
                if (d.situation() != Situation.FOREIGN && d.situation() != Situation.OK) {
                    items.add(item(tenant, report.integration(), d, fresh, refs));
                }
            }
        }
        if (items.isEmpty()) {
            return new Started(null, List.of(), Optional.empty());
        }
        String operationId = UUID.randomUUID().toString();
        try {
            commands.sendAndWait(new StartTenantRepairCommand(tenant, operationId, items));
        } catch (RuntimeException e) {
            refs.values().forEach(vault::delete);
            throw e;
        }
        boolean ended = operations.awaitEnded(tenant, operationId, wait);
        return new Started(operationId, List.copyOf(fresh.values()),
                ended ? operations.find(tenant, operationId) : Optional.empty());
    }

    /** Repairs from the tenant's latest reconciliation; 409 {@code not-reconciled} before the first one. */
    public Started repairLatest(TenantId tenant, ReconciliationView latest, Duration wait) {
        if (latest == null) {
            throw new RuleViolationException("not-reconciled", "the tenant '" + tenant.slug() + "' was never"
                    + " reconciled: POST /api/tenants/" + tenant.slug() + "/reconcile first (or ?repair=true)");
        }
        return repair(tenant, latest, wait);
    }

    private RepairItem item(TenantId tenant, String integration, Difference d, Map<String, NewPassword> fresh,
                            Map<String, String> refs) {
        if (d.type().equals("list")) {
            Optional<MailingListView> list = queries.query(new FindMailingListQuery(tenant, new MailAddress(d.object())),
                    ResponseTypes.optionalInstanceOf(MailingListView.class)).join();
            return new RepairItem(integration, d, list.map(MailingListView::name).orElse(null), false,
                    list.map(MailingListView::recipients).orElse(List.of()), null);
        }
        Optional<MemberView> member = d.memberId() == null ? Optional.empty() : reads.findMember(tenant, d.memberId());
        String name = member.map(MemberView::displayName).orElse(null);
        boolean suspended = member.map(m -> m.status() == MemberStatus.SUSPENDED).orElse(false);
        String secretRef = null;
        if (member.isPresent() && d.situation() == Situation.MISSING && ACCOUNTS.contains(integration + "/" + d.type())) {
            secretRef = refs.computeIfAbsent(d.memberId(), id -> {
                String password = passwords.next();
                fresh.put(id, new NewPassword(id, member.get().mailbox(), password));
                return vault.store(password);
            });
        }
        return new RepairItem(integration, d, name, suspended, List.of(), secretRef);
    }
}
