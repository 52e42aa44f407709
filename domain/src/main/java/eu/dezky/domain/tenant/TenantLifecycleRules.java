package eu.dezky.domain.tenant;

import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantOperationKind;
import eu.dezky.api.tenant.TenantStatus;

/**
 * Which tenant status each lifecycle operation needs, and the refusal a person reads when it does not hold: one
 * operation at a time; a suspension from ACTIVE (or again from SUSPENDED, to retry members left active), a
 * resumption from SUSPENDED only; nothing but the offboarding itself (and its retry) once it started.
 */
final class TenantLifecycleRules {

    private TenantLifecycleRules() {
    }

    static void requireNoneRunning(TenantId tenant, String running, TenantOperationKind kind) {
        if (running != null) {
            throw new RuleViolationException("operation-running", "the tenant " + tenant + " has a "
                    + kind.operation().wireName() + " operation running (" + running + "); wait until it ends");
        }
    }

    static void requireNotOffboarded(TenantId tenant, TenantStatus status) {
        if (status == TenantStatus.OFFBOARDING || status == TenantStatus.OFFBOARDED) {
            throw new RuleViolationException("tenant-offboarded", "the tenant " + tenant + " is being offboarded"
                    + " or was offboarded; nothing of it can change any more");
        }
    }

    /**
     * True when the offboarding already runs (a repeated DELETE changes nothing); refuses once it is done: the tenant
     * is gone, only its slug and history remain.
     */
    static boolean offboardingRuns(TenantId tenant, TenantStatus status, String offboarding, String running) {
        if (status == TenantStatus.OFFBOARDED) {
            throw new RuleViolationException("tenant-offboarded", "the tenant " + tenant + " was offboarded"
                    + " (operation " + offboarding + "); its slug stays taken");
        }
        return offboarding != null && offboarding.equals(running);
    }

    static void requireSuspended(TenantId tenant, TenantStatus status) {
        requireNotOffboarded(tenant, status);
        if (status != TenantStatus.SUSPENDED) {
            throw new RuleViolationException("tenant-not-suspended", "the tenant " + tenant + " is " + status
                    + "; only a SUSPENDED tenant can be resumed");
        }
    }
}
