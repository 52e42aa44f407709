package eu.dezky.platform.application.tenant;

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
import eu.dezky.platform.application.DuplicateAggregateDetector;
import eu.dezky.platform.application.Fields;
import eu.dezky.platform.application.ReadModelWait;
import eu.dezky.platform.security.Caller;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Optional;

/**
 * Registers tenants: operators for anyone, partners for their own customers only (no partner in the request means
 * the calling partner). The slug is the aggregate id, so a second create collides in the event store, even when both
 * race.
 */
@Component
public class TenantRegistration {

    /** What a new tenant's request names; plain strings, checked here with a 400 naming the field. */
    public record NewTenant(String slug, String displayName, Owner owner, String partnerId) {

        /** The tenant's first admin: their SSO subject and e-mail. */
        public record Owner(String subject, String email) {
        }
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadModelWait readModel;
    private final DuplicateAggregateDetector duplicates;

    TenantRegistration(CommandGateway commands, QueryGateway queries, ReadModelWait readModel,
                       DuplicateAggregateDetector duplicates) {
        this.commands = commands;
        this.queries = queries;
        this.readModel = readModel;
        this.duplicates = duplicates;
    }

    /** Creates the tenant; answers its view once the read model shows it within {@code wait} (else empty). */
    public Optional<TenantView> register(NewTenant request, Caller caller, Duration wait) {
        CreateTenantCommand command = toCommand(request, caller);
        // A tenant of a partner nobody registered could be reached by no staff: refuse it while it is still a typo.
        if (command.partnerId() != null && queries.query(new FindPartnerQuery(command.partnerId()),
                ResponseTypes.optionalInstanceOf(PartnerView.class)).join().isEmpty()) {
            throw new InvalidValueException("partnerId", "no partner has the id '" + command.partnerId() + "'");
        }
        return readModel.sendThenAwait(() -> duplicates.sendCreate(commands, command, "tenant-exists",
                        "a tenant with slug '" + command.tenantId().slug() + "' already exists"),
                new FindTenantQuery(command.tenantId()), TenantView.class, wait);
    }

    private static CreateTenantCommand toCommand(NewTenant request, Caller caller) {
        TenantId tenantId = Fields.parse("slug", request.slug(), () -> new TenantId(request.slug()));
        NewTenant.Owner given = request.owner();
        var owner = Fields.parse("owner", given, () -> new TenantOwner(given.subject(),
                Fields.parse("owner.email", given.email(), () -> new EmailAddress(given.email()))));
        PartnerId partnerId = request.partnerId() == null ? null
                : Fields.parse("partnerId", request.partnerId(), () -> new PartnerId(request.partnerId()));
        if (caller.isPartner()) {
            if (partnerId != null && !partnerId.equals(caller.partnerId())) {
                throw new AccessDeniedException("a partner can create tenants for itself only");
            }
            partnerId = caller.partnerId();
        }
        return new CreateTenantCommand(tenantId, request.displayName(), owner, partnerId);
    }
}
