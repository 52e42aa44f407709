package eu.dezky.projections.audit;

import eu.dezky.api.reconcile.IntegrationReport;
import eu.dezky.api.reconcile.TenantReconciledEvent;
import eu.dezky.api.reconcile.TenantReconciliationStartedEvent;
import eu.dezky.api.reconcile.TenantRepairStartedEvent;
import eu.dezky.api.reconcile.TenantRepairStepRecordedEvent;
import eu.dezky.api.reconcile.TenantRepairedEvent;

import java.util.Locale;
import java.util.stream.Collectors;

import static eu.dezky.projections.audit.AuditDescription.FAILED;
import static eu.dezky.projections.audit.AuditDescription.PROGRESS;
import static eu.dezky.projections.audit.AuditDescription.REQUESTED;
import static eu.dezky.projections.audit.AuditDescription.SUCCEEDED;

/** The reconcile context's events in words: a comparison and what it found per integration; a repair and its steps. */
final class ReconcileWords {

    private ReconcileWords() {
    }

    static void register(Describers describers) {
        describers
                .add(TenantReconciliationStartedEvent.class, (e, s) -> tenant("reconciled tenant", e.tenantId().slug(),
                        REQUESTED).withDetail(e.scheduled() ? "scheduled" : "asked for"))
                .add(TenantReconciledEvent.class, (e, s) -> tenant("reconciled tenant", e.tenantId().slug(),
                        e.needsAttention() ? PROGRESS : SUCCEEDED).withDetail(e.integrations().stream()
                        .map(ReconcileWords::summary).collect(Collectors.joining("; "))))
                .add(TenantRepairStartedEvent.class, (e, s) -> tenant("repaired tenant", e.tenantId().slug(),
                        REQUESTED).withDetail(e.items().size() + " objects to put right"))
                .add(TenantRepairStepRecordedEvent.class, (e, s) -> tenant("repaired tenant", e.tenantId().slug(),
                        PROGRESS).withDetail(e.step().system() + " " + e.step().target() + ": "
                        + e.step().state().name().toLowerCase(Locale.ROOT)
                        + (e.step().detail() == null ? "" : " (" + e.step().detail() + ")")))
                .add(TenantRepairedEvent.class, (e, s) -> tenant("repaired tenant", e.tenantId().slug(),
                        e.reason() == null ? SUCCEEDED : FAILED).withDetail(e.reason()));
    }

    private static String summary(IntegrationReport report) {
        return report.integration() + " " + report.status().name().toLowerCase(Locale.ROOT)
                + (report.differences().isEmpty() ? "" : " (" + report.differences().size() + " differences)");
    }

    private static AuditDescription tenant(String action, String slug, String outcome) {
        return AuditDescription.of(action, "tenant", slug, slug, outcome);
    }
}
