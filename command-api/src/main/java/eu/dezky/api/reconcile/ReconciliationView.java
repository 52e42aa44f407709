package eu.dezky.api.reconcile;

import java.time.Instant;
import java.util.List;

/** The tenant's latest reconciliation: which operation ran it, when it ended, and each integration's report. */
public record ReconciliationView(String tenant, String operationId, Instant reconciledAt,
                                 List<IntegrationReport> integrations) {
}
