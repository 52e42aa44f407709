package eu.dezky.api.audit;

import eu.dezky.api.tenant.TenantId;

import java.time.Instant;
import java.util.List;

/**
 * Which audit entries to read; every field is optional. {@code tenant} null means all tenants (operators only),
 * {@code types} are event types as entries name them ({@code MemberOperationCompleted}), {@code actor} matches the
 * actor's subject or e-mail, {@code target} the target's id or label; {@code from} and {@code to} are inclusive.
 */
public record AuditFilter(TenantId tenant, Instant from, Instant to, List<String> types, String actor, String target) {

    public AuditFilter {
        types = types == null ? List.of() : List.copyOf(types);
    }

    public static AuditFilter ofTenant(TenantId tenant) {
        return new AuditFilter(tenant, null, null, List.of(), null, null);
    }
}
