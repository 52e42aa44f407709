package eu.dezky.platform.web.billing;

import eu.dezky.api.billing.FindTenantBillingQuery;
import eu.dezky.api.billing.TenantBillingView;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.tenant.ChangeTenantSubscriptionCommand;
import eu.dezky.api.tenant.Subscription;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.platform.security.Caller;
import eu.dezky.platform.web.http.Fields;
import eu.dezky.platform.web.http.ReadModelWait;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * {@code PUT /api/tenants/{slug}/subscription}: sets the tenant's plan. The tenant access policy has admitted the
 * caller; of those, the operator and staff of the tenant's partner may set the plan, the tenant's own admins may not
 * (they buy it, they do not price it). Answers the tenant's billing figures once the billing read model shows the plan.
 */
@RestController
class SubscriptionController {

    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(5);

    private final CommandGateway commands;
    private final ReadModelWait readModel;

    SubscriptionController(CommandGateway commands, ReadModelWait readModel) {
        this.commands = commands;
        this.readModel = readModel;
    }

    /** The body as the portal sends it; the price as a JSON number, so a fraction or a string is a 400 naming it. */
    record SubscriptionRequest(String plan, BigDecimal pricePerSeatMinor, String currency) {
    }

    /** The tenant's plan and figures after the change. */
    record SubscriptionResponse(String slug, String plan, long pricePerSeatMinor, String currency, int seats,
                                long mrrMinor) {
    }

    @PutMapping("/api/tenants/{slug}/subscription")
    SubscriptionResponse put(@PathVariable String slug, @RequestBody SubscriptionRequest body,
                             @AuthenticationPrincipal Caller caller) {
        if (!caller.isOperator() && !caller.isPartner()) {
            throw new AccessDeniedException("only an operator or the tenant's partner sets its plan");
        }
        TenantId tenantId = Fields.parse("slug", slug, () -> new TenantId(slug));
        InvalidValueException.require(body != null, "plan", "a body with plan, pricePerSeatMinor and currency is required");
        Subscription subscription = new Subscription(body.plan(), minorUnits(body.pricePerSeatMinor()), body.currency());
        TenantBillingView view = readModel.sendThenAwait(
                        () -> commands.sendAndWait(new ChangeTenantSubscriptionCommand(tenantId, subscription)),
                        new FindTenantBillingQuery(tenantId), TenantBillingView.class,
                        billing -> subscription.equals(billing.subscription()), READ_MODEL_WAIT)
                .orElseThrow(() -> new IllegalStateException("the billing read model did not show the plan in time"));
        return new SubscriptionResponse(view.slug(), subscription.plan(), subscription.pricePerSeatMinor(),
                subscription.currency(), view.seats(), view.mrrMinor());
    }

    private static long minorUnits(BigDecimal price) {
        InvalidValueException.require(price != null, "pricePerSeatMinor", "pricePerSeatMinor is required");
        try {
            return price.longValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidValueException("pricePerSeatMinor", "pricePerSeatMinor must be a whole number of minor units");
        }
    }
}
