package eu.dezky.platform.security;

import eu.dezky.api.partner.StaffRole;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The partner routes' gate, bound in the security filter chain: {@link #staff} admits current staff of the partner
 * their token names, {@link #admins} only its admins (who manage the staff list), {@link #operatorsOrStaff} also
 * operators (creating a tenant).
 */
final class PartnerAccessPolicy implements AuthorizationManager<RequestAuthorizationContext> {

    private final PartnerStaffCheck staff;
    private final Predicate<StaffRole> role;
    private final boolean operators;

    private PartnerAccessPolicy(PartnerStaffCheck staff, Predicate<StaffRole> role, boolean operators) {
        this.staff = staff;
        this.role = role;
        this.operators = operators;
    }

    static PartnerAccessPolicy staff(PartnerStaffCheck check) {
        return new PartnerAccessPolicy(check, any -> true, false);
    }

    static PartnerAccessPolicy admins(PartnerStaffCheck check) {
        return new PartnerAccessPolicy(check, StaffRole.ADMIN::equals, false);
    }

    static PartnerAccessPolicy operatorsOrStaff(PartnerStaffCheck check) {
        return new PartnerAccessPolicy(check, any -> true, true);
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        if (!(authentication.get() instanceof CallerAuthentication callerAuthentication)) {
            return new AuthorizationDecision(false);
        }
        Caller caller = callerAuthentication.getPrincipal();
        if (caller.isOperator()) {
            return new AuthorizationDecision(operators);
        }
        return new AuthorizationDecision(staff.staffEntry(caller).map(entry -> role.test(entry.role())).orElse(false));
    }
}
