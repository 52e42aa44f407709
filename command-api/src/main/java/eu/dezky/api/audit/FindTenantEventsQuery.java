package eu.dezky.api.audit;

import eu.dezky.api.tenant.TenantId;

import java.time.Instant;

/** The events of one tenant up to {@code until} (inclusive), in the order they were stored. */
public record FindTenantEventsQuery(TenantId tenantId, Instant until) {
}
