package eu.dezky.platform.web.tenant;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import eu.dezky.api.tenant.FindTenantQuery;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantView;
import eu.dezky.platform.application.Fields;
import eu.dezky.platform.application.NotFoundException;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tenants: created by operators, or by partners for their own customers; read and changed (display name, admins) by
 * anyone the policy admits.
 */
@RestController
@Tag(name = "tenants")
@RequestMapping("/api/tenants")
class TenantController {

    private final QueryGateway queries;
    private final TenantRegistration registration;
    private final TenantDetails details;
    private final Reconciliation reconciliation;

    TenantController(QueryGateway queries, TenantRegistration registration, TenantDetails details,
                     Reconciliation reconciliation) {
        this.queries = queries;
        this.registration = registration;
        this.details = details;
        this.reconciliation = reconciliation;
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
}
