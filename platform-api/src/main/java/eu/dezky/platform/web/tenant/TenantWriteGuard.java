package eu.dezky.platform.web.tenant;

import eu.dezky.platform.application.tenant.TenantWrites;
import eu.dezky.platform.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every change to a tenant's objects ({@code POST}, {@code PUT}, {@code PATCH}, {@code DELETE} under
 * {@code /api/tenants/{slug}}) asks {@link TenantWrites} first, so a route added later cannot forget a suspended or
 * offboarded tenant. It runs after the access policy (a foreign caller still gets 403). The lifecycle routes
 * themselves pass: suspend, resume, and the offboarding ({@code DELETE /api/tenants/{slug}}, also its retry); so does a
 * reconciliation that only reads.
 */
@Configuration(proxyBeanMethods = false)
class TenantWriteGuard implements WebMvcConfigurer, HandlerInterceptor {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Pattern TENANT = Pattern.compile("/api/tenants/[^/]+");
    private static final Pattern SUSPEND_OR_RESUME = Pattern.compile("/api/tenants/[^/]+/(suspend|resume)");
    private static final Pattern MEMBER_RESUME = Pattern.compile("/api/tenants/[^/]+/members/[^/]+/resume");
    /** A reconciliation without repair only reads the systems: a suspended tenant's admins may still ask for one. */
    private static final Pattern RECONCILE = Pattern.compile("/api/tenants/[^/]+/reconcile");

    private final TenantWrites writes;

    TenantWriteGuard(TenantWrites writes) {
        this.writes = writes;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/tenants/*", "/api/tenants/*/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (READS.contains(request.getMethod()) || lifecycle(request.getMethod(), path)
                || (RECONCILE.matcher(path).matches() && !"true".equals(request.getParameter("repair")))
                || !(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> vars)
                || !(vars.get("slug") instanceof String slug)) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
            writes.requireChangeable(slug, caller, MEMBER_RESUME.matcher(path).matches());
        }
        return true;
    }

    private static boolean lifecycle(String method, String path) {
        return method.equals("DELETE") ? TENANT.matcher(path).matches()
                : method.equals("POST") && SUSPEND_OR_RESUME.matcher(path).matches();
    }
}
