package eu.dezky.platform.web.reconcile;

import eu.dezky.platform.application.TenantReads;
import eu.dezky.platform.application.reconcile.Reconciliation;
import eu.dezky.platform.web.http.Accepted;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code POST /api/tenants/{slug}/reconcile}: compares the tenant with Authentik, Stalwart and oCIS and answers what
 * differs. Its admins, its partner's staff and operators may ask (the tenant routes' usual audiences): it changes
 * nothing anywhere, and the tenant's admins are the ones who see the drift first.
 */
@RestController
@Tag(name = "reconcile")
@RequestMapping("/api/tenants/{slug}/reconcile")
class ReconcileController {

    private final TenantReads reads;
    private final Reconciliation reconciliation;
    private final Accepted accepted;

    ReconcileController(TenantReads reads, Reconciliation reconciliation, Accepted accepted) {
        this.reads = reads;
        this.reconciliation = reconciliation;
        this.accepted = accepted;
    }

    @ApiResponse(responseCode = "200", description = "Compared within the short wait: the findings",
            content = @Content(schema = @Schema(implementation = ReconcileResponse.class)))
    @ApiResponse(responseCode = "202", description = "Still comparing after the short wait: Location points at the"
            + " operation; the findings then show in GET /api/tenants/{slug}",
            content = @Content(schema = @Schema(implementation = ReconcileResponse.class)))
    @PostMapping
    ResponseEntity<ReconcileResponse> reconcile(@PathVariable String slug) {
        Reconciliation.Started started = reconciliation.reconcile(reads.tenantId(slug), Accepted.SHORT_WAIT);
        return accepted.answer(slug, started.operationId(), started.result().isPresent(),
                () -> ResponseEntity.ok(ReconcileResponse.of(started.result().orElseThrow())),
                new ReconcileResponse(started.operationId(), null, List.of()));
    }
}
