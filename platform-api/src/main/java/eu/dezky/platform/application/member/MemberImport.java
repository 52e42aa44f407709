package eu.dezky.platform.application.member;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dezky.api.claim.FindMailAddressHoldersQuery;
import eu.dezky.api.claim.MailAddressHolders;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberImportRow;
import eu.dezky.api.member.RefuseMemberImportRowCommand;
import eu.dezky.api.member.StartMemberImportCommand;
import eu.dezky.api.operation.FindOperationQuery;
import eu.dezky.api.operation.OperationView;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantView;
import eu.dezky.platform.application.NotFoundException;
import eu.dezky.platform.secrets.JdbcSecretVault;
import eu.dezky.platform.secrets.OneTimePasswords;
import eu.dezky.platform.security.Caller;
import jakarta.annotation.PreDestroy;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Imports members from a file's rows. A dry run checks every row as a create would (values, duplicates within the
 * file, addresses taken on the platform) and changes nothing. A real import refuses a file with invalid or duplicate
 * rows as a whole (400 naming the row and field), records one operation with a step per row (rows whose address is
 * taken are refused there), keeps the rows' one-time passwords encrypted in the vault under the operation's id for
 * one download, and creates the members one by one in the background, each with its own onboarding.
 *
 * <p>The members are created after the answer: an engine that stops in between leaves the rows not yet created
 * pending in the operation (their addresses were not claimed); importing those rows again creates them.
 */
@Component
public class MemberImport {

    /** Most rows one file may have. */
    public static final int MAX_ROWS = 1000;
    private static final Logger LOG = LoggerFactory.getLogger(MemberImport.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MemberOnboarding onboarding;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final JdbcSecretVault vault;
    private final OneTimePasswords passwords;
    private final ExecutorService worker = new DelegatingSecurityContextExecutorService(
            Executors.newSingleThreadExecutor(r -> new Thread(r, "member-import")));

    MemberImport(MemberOnboarding onboarding, CommandGateway commands, QueryGateway queries, JdbcSecretVault vault,
                 OneTimePasswords passwords) {
        this.onboarding = onboarding;
        this.commands = commands;
        this.queries = queries;
        this.vault = vault;
        this.passwords = passwords;
    }

    /** One row of the file: its number (1 = the first data row) and the values as given. */
    public record Row(int row, String displayName, String username, String role) {
    }

    /** What would happen to a row: {@code create}, or {@code refused} with a code, the field at fault and why. */
    public record Plan(int row, String mailbox, String outcome, String code, String field, String reason) {
    }

    /** A row's one-time password, in the one download. */
    public record Password(int row, String mailbox, String oneTimePassword) {
    }

    /** Answers per row what an import would do; changes nothing. */
    public List<Plan> plan(TenantView tenant, List<Row> rows) {
        List<Plan> plans = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Row row : rows) {
            try {
                MemberOnboarding.Checked checked = onboarding.check(tenant, row.displayName(), row.username(),
                        row.role());
                String mailbox = checked.mailbox().value();
                if (!seen.add(mailbox)) {
                    plans.add(refused(row, mailbox, "duplicate-in-file", "username", "the file already has a row for "
                            + mailbox));
                } else if (taken(checked)) {
                    plans.add(refused(row, mailbox, "address-taken", "username", "the address '" + mailbox
                            + "' is already in use on this platform"));
                } else {
                    plans.add(new Plan(row.row(), mailbox, "create", null, null, null));
                }
            } catch (InvalidValueException e) {
                plans.add(refused(row, null, "invalid-value", e.field(), e.getMessage()));
            } catch (RuleViolationException e) {
                plans.add(refused(row, null, e.code(), null, e.getMessage()));
            }
        }
        return plans;
    }

    /** Starts the import and answers its operation id; the members are created in the background. */
    public String start(TenantView tenant, List<Row> rows) {
        InvalidValueException.require(!rows.isEmpty(), "rows", "the file has no rows");
        List<Plan> plans = plan(tenant, rows);
        for (Plan plan : plans) {
            if (!plan.outcome().equals("create") && !plan.code().equals("address-taken")) {
                throw plan.field() == null ? new RuleViolationException(plan.code(), plan.reason())
                        : new InvalidValueException("rows[" + plan.row() + "]." + plan.field(),
                                "row " + plan.row() + ": " + plan.reason());
            }
        }
        String operationId = UUID.randomUUID().toString();
        List<MemberImportRow> recorded = new ArrayList<>();
        List<Password> secrets = new ArrayList<>();
        List<Runnable> creates = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Plan plan = plans.get(i);
            MemberId memberId = MemberId.random();
            recorded.add(new MemberImportRow(row.row(), plan.mailbox(), memberId, plan.reason()));
            if (plan.reason() == null) {
                String password = passwords.next();
                secrets.add(new Password(row.row(), plan.mailbox(), password));
                creates.add(() -> create(tenant, row, memberId, operationId, password));
            }
        }
        vault.storeAs(operationId, json(secrets));
        commands.sendAndWait(new StartMemberImportCommand(operationId, new TenantId(tenant.slug()), recorded));
        worker.execute(() -> creates.forEach(Runnable::run));
        return operationId;
    }

    /**
     * The import's one-time passwords, once, to the caller who started it; rows whose member was not created are
     * left out. Gone (404) when read before, expired with the vault's hour, or asked for by anyone else.
     */
    public List<Password> passwords(TenantId tenantId, String operationId, Caller caller) {
        OperationView operation = queries.query(new FindOperationQuery(tenantId, operationId),
                ResponseTypes.instanceOf(OperationView.class)).join();
        if (operation == null || operation.actor() == null || !operation.actor().subject().equals(caller.subject())) {
            throw new NotFoundException("no import " + operationId + " of yours in the tenant '" + tenantId.slug()
                    + "'");
        }
        String stored = vault.take(operationId).orElseThrow(() -> new RuleViolationException("passwords-gone",
                "the one-time passwords of import " + operationId + " were downloaded already or expired"));
        Set<String> failed = new HashSet<>();
        operation.steps().stream().filter(step -> step.state() == StepState.FAILED)
                .forEach(step -> failed.add(step.target()));
        return read(stored).stream().filter(password -> !failed.contains(password.mailbox())).toList();
    }

    private void create(TenantView tenant, Row row, MemberId memberId, String operationId, String password) {
        try {
            MemberOnboarding.Checked checked = onboarding.check(tenant, row.displayName(), row.username(), row.role());
            onboarding.start(tenant, checked, memberId, UUID.randomUUID().toString(), password);
        } catch (RuntimeException e) {
            LOG.info("import {} row {} refused: {}", operationId, row.row(), e.getMessage());
            commands.sendAndWait(new RefuseMemberImportRowCommand(operationId, new TenantId(tenant.slug()), row.row(),
                    e.getMessage()));
        }
    }

    private boolean taken(MemberOnboarding.Checked checked) {
        return queries.query(new FindMailAddressHoldersQuery(checked.mailbox()),
                        ResponseTypes.optionalInstanceOf(MailAddressHolders.class)).join()
                .map(holders -> !holders.holders().isEmpty()).orElse(false);
    }

    private static Plan refused(Row row, String mailbox, String code, String field, String reason) {
        return new Plan(row.row(), mailbox, "refused", code, field, reason);
    }

    private static String json(List<Password> secrets) {
        try {
            return JSON.writeValueAsString(secrets);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Password> read(String stored) {
        try {
            return JSON.readValue(stored, new TypeReference<List<Password>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdown();
    }
}
