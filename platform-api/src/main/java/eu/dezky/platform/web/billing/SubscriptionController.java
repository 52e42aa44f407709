package eu.dezky.platform.web.billing;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Schema;
import eu.dezky.api.billing.TenantBillingView;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.platform.application.Fields;
import eu.dezky.platform.application.billing.Subscriptions;
import eu.dezky.platform.security.Caller;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;

/** {@code PUT /api/tenants/{slug}/subscription}: sets the tenant's plan (see {@link Subscriptions} for who may). */
@RestController
@Tag(name = "billing")
class SubscriptionController {

    private final Subscriptions subscriptions;

    SubscriptionController(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** The body as the portal sends it; the price as a JSON number, so a fraction or a string is a 400 naming it. */
    @Schema(name = "SubscriptionRequest")
    record SubscriptionRequest(String plan, BigDecimal pricePerSeatMinor, String currency) {
    }

    /** The tenant's plan and figures after the change. */
    @Schema(name = "SubscriptionResponse")
    record SubscriptionResponse(String slug, String plan, long pricePerSeatMinor, String currency, int seats,
                                long mrrMinor) {
    }

    @PutMapping("/api/tenants/{slug}/subscription")
    SubscriptionResponse put(@PathVariable String slug, @RequestBody SubscriptionRequest body,
                             @AuthenticationPrincipal Caller caller) {
        TenantId tenantId = Fields.parse("slug", slug, () -> new TenantId(slug));
        TenantBillingView view = subscriptions.change(tenantId, body.plan(), body.pricePerSeatMinor(),
                body.currency(), caller);
        return new SubscriptionResponse(view.slug(), view.subscription().plan(),
                view.subscription().pricePerSeatMinor(), view.subscription().currency(), view.seats(),
                view.mrrMinor());
    }
}
