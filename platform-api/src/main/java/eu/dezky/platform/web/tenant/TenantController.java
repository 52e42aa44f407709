package eu.dezky.platform.web.tenant;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import eu.dezky.api.tenant.FindTenantQuery;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantOperationKind;
import eu.dezky.api.tenant.TenantView;
import eu.dezky.platform.application.Fields;
import eu.dezky.platform.application.NotFoundException;
import eu.dezky.platform.application.tenant.TenantLifecycle;
import eu.dezky.platform.application.tenant.TenantOffboarding;
import eu.dezky.platform.application.reconcile.Reconciliation;
import eu.dezky.platform.application.tenant.TenantDetails;
import eu.dezky.platform.application.tenant.TenantRegistration;
import eu.dezky.platform.security.Caller;
import eu.dezky.platform.web.http.Accepted;
import eu.dezky.platform.web.http.Locations;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tenants: created by operators, or by partners for their own customers; read and changed (display name, admins) by
 * anyone the policy admits; suspended, resumed and offboarded by operators and their partner, each as an operation
 * (202 pointing at it).
 */
@RestController
@Tag(name = "tenants")
@RequestMapping("/api/tenants")
class TenantController {

    private final QueryGateway queries;
    private final TenantRegistration registration;
    private final TenantDetails details;
    private final Reconciliation reconciliation;
    private final TenantLifecycle lifecycle;
    private final TenantOffboarding offboarding;
    private final Accepted accepted;

    TenantController(QueryGateway queries, TenantRegistration registration, TenantDetails details,
                     Reconciliation reconciliation, TenantLifecycle lifecycle, TenantOffboarding offboarding,
                     Accepted accepted) {
        this.queries = queries;
        this.registration = registration;
        this.details = details;
        this.reconciliation = reconciliation;
        this.lifecycle = lifecycle;
        this.offboarding = offboarding;
        this.accepted = accepted;
    }

    /** The tenant exists once the command returned; a lagging read model only delays the body, not the 201. */
    @ApiResponse(responseCode = "201", description = "Created; Location: the tenant",
            content = @Content(schema = @Schema(implementation = TenantResponse.class)))
    @PostMapping
    ResponseEntity<TenantResponse> create(@RequestBody CreateTenantRequest body, @AuthenticationPrincipal Caller caller) {
        TenantView view = registration.register(new TenantRegistration.NewTenant(body.slug(), body.displayName(),
                body.owner(), body.partnerId()), caller, Accepted.SHORT_WAIT).orElse(null);
        return ResponseEntity.created(Locations.tenant(body.slug()))
                .body(view == null ? null : TenantResponse.of(view));
    }

    /** A JSON merge patch: a field left out is unchanged; {@code admins} replaces the whole list. */
    @ApiResponse(responseCode = "200", description = "Changed (engine state only): the tenant",
            content = @Content(schema = @Schema(implementation = TenantResponse.class)))
    @PatchMapping(path = "/{slug}", consumes = {"application/merge-patch+json", "application/json"})
    TenantResponse patch(@PathVariable String slug, @RequestBody TenantPatch body) {
        return TenantResponse.of(details.change(slug, body.displayName(), body.admins(), Accepted.SHORT_WAIT));
    }

    @ApiResponse(responseCode = "200", description = "The tenant",
            content = @Content(schema = @Schema(implementation = TenantResponse.class)))
    @GetMapping("/{slug}")
    TenantResponse get(@PathVariable String slug) {
        TenantId tenantId = Fields.parse("slug", slug, () -> new TenantId(slug));
        return queries.query(new FindTenantQuery(tenantId), ResponseTypes.optionalInstanceOf(TenantView.class)).join()
                .map(view -> TenantResponse.of(view, reconciliation.latest(tenantId)))
                .orElseThrow(() -> new NotFoundException("tenant '" + slug + "' does not exist"));
    }

    @ApiResponse(responseCode = "202", description = "Suspending every member; Location points at the operation",
            content = @Content(schema = @Schema(implementation = TenantOperationAnswer.class)))
    @PostMapping("/{slug}/suspend")
    ResponseEntity<TenantOperationAnswer> suspend(@PathVariable String slug, @AuthenticationPrincipal Caller caller) {
        String operationId = lifecycle.suspend(slug, caller);
        return accepted.answer(slug, operationId, TenantOperationAnswer.running(operationId,
                TenantOperationKind.SUSPEND, slug));
    }

    @ApiResponse(responseCode = "202", description = "Resuming the suspended members; Location points at the operation",
            content = @Content(schema = @Schema(implementation = TenantOperationAnswer.class)))
    @PostMapping("/{slug}/resume")
    ResponseEntity<TenantOperationAnswer> resume(@PathVariable String slug, @AuthenticationPrincipal Caller caller) {
        String operationId = lifecycle.resume(slug, caller);
        return accepted.answer(slug, operationId, TenantOperationAnswer.running(operationId,
                TenantOperationKind.RESUME, slug));
    }

    /** Also the retry of an offboarding that stopped; while one runs, it points at that one. */
    @ApiResponse(responseCode = "202", description = "Offboarding (lists, aliases, members, then domains);"
            + " Location points at the operation", content = @Content(schema = @Schema(
            implementation = TenantOperationAnswer.class)))
    @DeleteMapping("/{slug}")
    ResponseEntity<TenantOperationAnswer> offboard(@PathVariable String slug, @AuthenticationPrincipal Caller caller) {
        String operationId = offboarding.offboard(slug, caller);
        return accepted.answer(slug, operationId, TenantOperationAnswer.running(operationId,
                TenantOperationKind.OFFBOARDING, slug));
    }
}
