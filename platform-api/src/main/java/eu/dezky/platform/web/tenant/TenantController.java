package eu.dezky.platform.web.tenant;

import eu.dezky.platform.web.http.DuplicateAggregateDetector;
import eu.dezky.platform.web.http.Fields;
import eu.dezky.platform.web.http.NotFoundException;
import eu.dezky.platform.web.http.ReadModelWait;
import eu.dezky.api.common.EmailAddress;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.PartnerId;
import eu.dezky.api.partner.FindPartnerQuery;
import eu.dezky.api.partner.PartnerView;
import eu.dezky.api.tenant.CreateTenantCommand;
import eu.dezky.api.tenant.FindTenantQuery;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantOwner;
import eu.dezky.api.tenant.TenantView;
import eu.dezky.platform.security.Caller;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Duration;

/** Tenants: created by operators, or by partners for their own customers; read by anyone the policy admits. */
@RestController
@RequestMapping("/api/tenants")
class TenantController {

    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(5);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadModelWait readModel;
    private final DuplicateAggregateDetector duplicates;

    TenantController(CommandGateway commands, QueryGateway queries, ReadModelWait readModel,
                     DuplicateAggregateDetector duplicates) {
        this.commands = commands;
        this.queries = queries;
        this.readModel = readModel;
        this.duplicates = duplicates;
    }

    @PostMapping
    ResponseEntity<TenantResponse> create(@RequestBody CreateTenantRequest body, @AuthenticationPrincipal Caller caller) {
        CreateTenantCommand command = toCommand(body, caller);
        // A tenant of a partner nobody registered could be reached by no staff: refuse it while it is still a typo.
        if (command.partnerId() != null && queries.query(new FindPartnerQuery(command.partnerId()),
                ResponseTypes.optionalInstanceOf(PartnerView.class)).join().isEmpty()) {
            throw new InvalidValueException("partnerId", "no partner has the id '" + command.partnerId() + "'");
        }
        URI location = URI.create("/api/tenants/" + command.tenantId().slug());
        TenantView view = readModel.sendThenAwait(() -> send(command),
                        new FindTenantQuery(command.tenantId()), TenantView.class, READ_MODEL_WAIT)
                .orElse(null);
        // The tenant exists once the command returned; a lagging read model only delays the body, not the 201.
        return ResponseEntity.created(location).body(view == null ? null : TenantResponse.of(view));
    }

    @GetMapping("/{slug}")
    TenantResponse get(@PathVariable String slug) {
        TenantId tenantId = Fields.parse("slug", slug, () -> new TenantId(slug));
        return queries.query(new FindTenantQuery(tenantId), ResponseTypes.optionalInstanceOf(TenantView.class)).join()
                .map(TenantResponse::of)
                .orElseThrow(() -> new NotFoundException("tenant '" + slug + "' does not exist"));
    }

    /** The slug is the aggregate id: a second create collides in the event store, even when both race. */
    private void send(CreateTenantCommand command) {
        duplicates.sendCreate(commands, command, "tenant-exists", "a tenant with slug '" + command.tenantId().slug() + "' already exists");
    }

    private static CreateTenantCommand toCommand(CreateTenantRequest body, Caller caller) {
        TenantId tenantId = Fields.parse("slug", body.slug(), () -> new TenantId(body.slug()));
        var owner = Fields.parse("owner", body.owner(), () -> new TenantOwner(body.owner().subject(),
                Fields.parse("owner.email", body.owner().email(), () -> new EmailAddress(body.owner().email()))));
        PartnerId partnerId = body.partnerId() == null ? null
                : Fields.parse("partnerId", body.partnerId(), () -> new PartnerId(body.partnerId()));
        if (caller.isPartner()) {
            // A partner creates customers for itself only; no partner id in the body means "mine".
            if (partnerId != null && !partnerId.equals(caller.partnerId())) {
                throw new AccessDeniedException("a partner can create tenants for itself only");
            }
            partnerId = caller.partnerId();
        }
        return new CreateTenantCommand(tenantId, body.displayName(), owner, partnerId);
    }
}
