package eu.dezky.platform.web.reconcile;

import eu.dezky.api.reconcile.Difference;
import eu.dezky.api.reconcile.IntegrationReport;
import eu.dezky.api.reconcile.ReconciliationView;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A reconciliation's findings as the portal receives them: per integration its status ({@code ok}, {@code drift},
 * {@code error} with the reason) and every object that is not as expected, classified {@code missing},
 * {@code drifted} (with the field, ours and theirs), {@code orphaned} or {@code foreign}; with {@code ?repair=true}
 * also the repair it started ({@code repair}, else null).
 */
@Schema(name = "Reconciliation")
public record ReconcileResponse(String operationId, Instant reconciledAt, List<Integration> integrations,
                                RepairResponse repair) {

    /** One integration's verdict. */
    @Schema(name = "ReconciledIntegration")
    public record Integration(String integration, String status, String reason, List<Item> differences) {
    }

    /** One object that differs. */
    @Schema(name = "ReconcileDifference")
    public record Item(String type, String object, String situation, String field, String ours, String theirs,
                       String memberId) {
    }

    public static ReconcileResponse of(ReconciliationView view) {
        return new ReconcileResponse(view.operationId(), view.reconciledAt(),
                view.integrations().stream().map(ReconcileResponse::integration).toList(), null);
    }

    ReconcileResponse withRepair(RepairResponse started) {
        return new ReconcileResponse(operationId, reconciledAt, integrations, started);
    }

    private static Integration integration(IntegrationReport report) {
        return new Integration(report.integration(), lower(report.status().name()), report.reason(),
                report.differences().stream().map(ReconcileResponse::item).toList());
    }

    private static Item item(Difference d) {
        return new Item(d.type(), d.object(), lower(d.situation().name()), d.field(), d.ours(), d.theirs(),
                d.memberId());
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
