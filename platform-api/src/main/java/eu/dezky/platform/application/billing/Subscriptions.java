package eu.dezky.platform.application.billing;

import eu.dezky.api.billing.FindTenantBillingQuery;
import eu.dezky.api.billing.TenantBillingView;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.tenant.ChangeTenantSubscriptionCommand;
import eu.dezky.api.tenant.Subscription;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.platform.application.AccessRefusedException;
import eu.dezky.platform.application.ReadModelWait;
import eu.dezky.platform.security.Caller;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Sets a tenant's plan. The tenant access policy has admitted the caller; of those, the operator and staff of the
 * tenant's partner may set the plan, the tenant's own admins may not (they buy it, they do not price it). Answers the
 * tenant's billing figures once the billing read model shows the plan.
 */
@Component
public class Subscriptions {

    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(5);

    private final CommandGateway commands;
    private final ReadModelWait readModel;

    Subscriptions(CommandGateway commands, ReadModelWait readModel) {
        this.commands = commands;
        this.readModel = readModel;
    }

    /** {@code pricePerSeatMinor} as sent, so a fraction is a 400 naming it. */
    public TenantBillingView change(TenantId tenantId, String plan, BigDecimal pricePerSeatMinor, String currency,
                                    Caller caller) {
        if (!caller.isOperator() && !caller.isPartner()) {
            throw new AccessRefusedException("only an operator or the tenant's partner sets its plan");
        }
        Subscription subscription = new Subscription(plan, minorUnits(pricePerSeatMinor), currency);
        return readModel.sendThenAwait(
                        () -> commands.sendAndWait(new ChangeTenantSubscriptionCommand(tenantId, subscription)),
                        new FindTenantBillingQuery(tenantId), TenantBillingView.class,
                        billing -> subscription.equals(billing.subscription()), READ_MODEL_WAIT)
                .orElseThrow(() -> new IllegalStateException("the billing read model did not show the plan in time"));
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
