package eu.dezky.platform.openapi;

import java.util.List;

/**
 * Which audiences may call a route, as {@code SecurityConfig} and {@code TenantAccessPolicy} decide it, in the words
 * the document shows. {@code OpenApiContractTest} calls every documented route with every audience and fails when
 * this table and the filter chain disagree.
 */
final class RouteAudiences {

    static final String CUSTOMER_ADMIN = "customer-admin";
    static final String PARTNER = "partner";
    static final String OPERATOR = "operator";

    private RouteAudiences() {
    }

    /** The audiences admitted to {@code method path}; empty for a public route. */
    static List<String> of(String method, String path) {
        if (path.startsWith("/api/operator/")) {
            return List.of(OPERATOR);
        }
        if (path.startsWith("/api/partner/")) {
            return List.of(PARTNER);
        }
        if (path.equals("/api/tenants") && method.equals("POST")) {
            return List.of(PARTNER, OPERATOR);
        }
        if (path.equals("/api/tenants")) {
            return List.of(OPERATOR);
        }
        if (path.equals("/api/tenants/{slug}/subscription")) {
            // the tenant's own admins buy the plan; its partner and operators price it (Subscriptions)
            return List.of(PARTNER, OPERATOR);
        }
        if (path.equals("/api/tenants/{slug}/suspend") || path.equals("/api/tenants/{slug}/resume")
                || (path.equals("/api/tenants/{slug}") && method.equals("DELETE"))) {
            // a tenant's lifecycle is its partner's and the operators' business, not its admins' (TenantLifecycle)
            return List.of(PARTNER, OPERATOR);
        }
        if (path.startsWith("/api/")) {
            return List.of(CUSTOMER_ADMIN, PARTNER, OPERATOR);
        }
        return List.of();
    }

    /** One sentence for the operation's description. */
    static String describe(String path, List<String> audiences) {
        if (audiences.isEmpty()) {
            return "Public: no token (answers loopback callers only, and exists only with the development issuer).";
        }
        String who = "Audiences: " + String.join(", ", audiences) + ".";
        if (path.startsWith("/api/tenants/{slug}")) {
            return who + " A customer-admin must administer the tenant (its owner, or an active member with role"
                    + " admin); partner staff reach their own partner's tenants; operators reach every tenant."
                    + " Others get 403, for unknown tenants too.";
        }
        return who;
    }
}
