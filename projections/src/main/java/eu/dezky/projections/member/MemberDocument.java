package eu.dezky.projections.member;

import eu.dezky.api.member.AccountState;
import eu.dezky.api.member.MemberOperationView;
import eu.dezky.api.member.MemberRole;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.member.StepStatus;
import eu.dezky.api.member.SystemAccount;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One member in the {@code members} collection, keyed by member id; no secret and no vault reference. {@code accounts}
 * holds the account states lifecycle operations changed (null or missing: as onboarding left it), {@code operation}
 * the latest lifecycle operation. The SSO subject is an identifier (the {@code sub} of the member's
 * tokens), shown so callers can be recognised.
 */
@Document("members")
record MemberDocument(@Id String id, @Indexed String tenant, String displayName, String username, MemberRole role,
                      String mailbox, MemberStatus status, String reason, List<StepStatus> steps, Instant createdAt,
                      Map<MemberSystem, AccountState> accounts, MemberOperationView operation,
                      String ssoSubject) {

    MemberDocument withStep(StepStatus step) {
        List<StepStatus> changed = new ArrayList<>(steps);
        changed.replaceAll(s -> s.system() == step.system() ? step : s);
        return new MemberDocument(id, tenant, displayName, username, role, mailbox, status, reason, changed, createdAt,
                accounts, operation, ssoSubject);
    }

    /** A PATCH's new display name and role; null keeps the value. */
    MemberDocument withDetails(String newName, MemberRole newRole) {
        return new MemberDocument(id, tenant, newName == null ? displayName : newName, username,
                newRole == null ? role : newRole, mailbox, status, reason, steps, createdAt, accounts, operation,
                ssoSubject);
    }

    MemberDocument withSsoSubject(String subject) {
        return new MemberDocument(id, tenant, displayName, username, role, mailbox, status, reason, steps, createdAt,
                accounts, operation, subject);
    }

    MemberDocument withSteps(List<StepStatus> replaced) {
        return new MemberDocument(id, tenant, displayName, username, role, mailbox, status, reason,
                new ArrayList<>(replaced), createdAt, accounts, operation, ssoSubject);
    }

    MemberDocument withOutcome(MemberStatus outcome, String why) {
        return new MemberDocument(id, tenant, displayName, username, role, mailbox, outcome, why, steps, createdAt,
                accounts, operation, ssoSubject);
    }

    /** The latest lifecycle operation, the account state it left in {@code system} (null: unchanged), the status. */
    MemberDocument withOperation(MemberOperationView latest, MemberSystem system, AccountState state,
                                 MemberStatus newStatus) {
        Map<MemberSystem, AccountState> changed = new EnumMap<>(MemberSystem.class);
        if (accounts != null) {
            changed.putAll(accounts);
        }
        if (system != null && state != null) {
            changed.put(system, state);
        }
        return new MemberDocument(id, tenant, displayName, username, role, mailbox, newStatus, reason, steps,
                createdAt, changed, latest, ssoSubject);
    }

    static List<StepStatus> pendingSteps() {
        return List.of(StepStatus.pending(MemberSystem.SSO), StepStatus.pending(MemberSystem.MAILBOX),
                StepStatus.pending(MemberSystem.FILES));
    }

    MemberView toView() {
        return new MemberView(id, tenant, displayName, username, role, mailbox, status, reason, List.copyOf(steps),
                createdAt, systems(), operation, ssoSubject);
    }

    /**
     * The accounts as shown now, kept when the removal starts: its steps replace onboarding's, and until a step is done
     * its account still exists as it was.
     */
    MemberDocument withAccountsAsShown() {
        Map<MemberSystem, AccountState> shown = new EnumMap<>(MemberSystem.class);
        systems().forEach(account -> shown.put(account.system(), account.state()));
        return new MemberDocument(id, tenant, displayName, username, role, mailbox, status, reason, steps, createdAt,
                shown, operation, ssoSubject);
    }

    /**
     * Each system's account: as onboarding left it, unless a lifecycle operation changed it since. Once the removal
     * runs, a removed (or skipped: nothing there, or kept for the person's other membership) account shows as none;
     * one the removal could not delete still shows as it was.
     */
    private List<SystemAccount> systems() {
        List<SystemAccount> out = new ArrayList<>();
        boolean removal = status == MemberStatus.REMOVING || status == MemberStatus.REMOVED;
        for (StepStatus step : steps) {
            AccountState state;
            if (removal) {
                state = step.state() == StepState.DONE || step.state() == StepState.SKIPPED || accounts == null
                        ? AccountState.NONE : accounts.getOrDefault(step.system(), AccountState.NONE);
            } else if (step.state() != StepState.DONE) {
                state = status == MemberStatus.PROVISIONING && step.state() != StepState.SKIPPED
                        ? AccountState.PENDING : AccountState.NONE;
            } else {
                state = accounts == null ? AccountState.ACTIVE
                        : accounts.getOrDefault(step.system(), AccountState.ACTIVE);
            }
            out.add(new SystemAccount(step.system(), state));
        }
        return out;
    }
}
