package eu.dezky.platform.web.reconcile;

import eu.dezky.api.reconcile.ReconciliationView;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.platform.application.TenantReads;
import eu.dezky.platform.application.reconcile.Reconciliation;
import eu.dezky.platform.application.reconcile.Repair;
import eu.dezky.platform.web.http.Accepted;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code POST /api/tenants/{slug}/reconcile}: compares the tenant with Authentik, Stalwart and oCIS and answers what
 * differs; with {@code ?repair=true} it also starts the repair of what it found. {@code POST …/reconcile/repair}
 * repairs what the latest reconciliation found. Its admins, its partner's staff and operators may do both (the
 * tenant routes' usual audiences): a repair only re-creates the tenant's own objects as the engine has them and
 * removes what carries its own marker; foreign objects are never touched.
 */
@RestController
@Tag(name = "reconcile")
@RequestMapping("/api/tenants/{slug}/reconcile")
class ReconcileController {

    private final TenantReads reads;
    private final Reconciliation reconciliation;
    private final Repair repair;
    private final Accepted accepted;

    ReconcileController(TenantReads reads, Reconciliation reconciliation, Repair repair, Accepted accepted) {
        this.reads = reads;
        this.reconciliation = reconciliation;
        this.repair = repair;
        this.accepted = accepted;
    }

    @ApiResponse(responseCode = "200", description = "Compared (and with ?repair=true repaired) within the short"
            + " wait: the findings, and the repair with any new one-time passwords",
            content = @Content(schema = @Schema(implementation = ReconcileResponse.class)))
    @ApiResponse(responseCode = "202", description = "Still comparing or repairing after the short wait: Location"
            + " points at the operation",
            content = @Content(schema = @Schema(implementation = ReconcileResponse.class)))
    @PostMapping
    ResponseEntity<ReconcileResponse> reconcile(@PathVariable String slug,
                                                @RequestParam(defaultValue = "false") boolean repair) {
        TenantId tenant = reads.tenantId(slug);
        Reconciliation.Started started = reconciliation.reconcile(tenant, Accepted.SHORT_WAIT);
        if (started.result().isEmpty()) {
            return accepted.answer(slug, started.operationId(),
                    new ReconcileResponse(started.operationId(), null, List.of(), null));
        }
        ReconcileResponse found = ReconcileResponse.of(started.result().get());
        if (!repair) {
            return accepted.answer(slug, started.operationId(), true, () -> ResponseEntity.ok(found), found);
        }
        Repair.Started repaired = this.repair.repair(tenant, started.result().get(), Accepted.SHORT_WAIT);
        ReconcileResponse both = found.withRepair(RepairResponse.of(repaired));
        return accepted.answer(slug, repaired.operationId(), repaired.operationId() == null
                || repaired.ended().isPresent(), () -> ResponseEntity.ok(both), both);
    }

    @ApiResponse(responseCode = "200", description = "Repaired within the short wait (or nothing to repair): the"
            + " operation and any new one-time passwords",
            content = @Content(schema = @Schema(implementation = RepairResponse.class)))
    @ApiResponse(responseCode = "202", description = "Still repairing after the short wait: Location points at the"
            + " operation; the new one-time passwords are in this answer only",
            content = @Content(schema = @Schema(implementation = RepairResponse.class)))
    @PostMapping("/repair")
    ResponseEntity<RepairResponse> repair(@PathVariable String slug) {
        TenantId tenant = reads.tenantId(slug);
        ReconciliationView latest = reconciliation.latest(tenant).orElse(null);
        Repair.Started repaired = repair.repairLatest(tenant, latest, Accepted.SHORT_WAIT);
        RepairResponse body = RepairResponse.of(repaired);
        return accepted.answer(slug, repaired.operationId(), repaired.operationId() == null
                || repaired.ended().isPresent(), () -> ResponseEntity.ok(body), body);
    }
}
