package eu.dezky.api.operation;

import eu.dezky.api.tenant.TenantId;

/**
 * The tenant's operations, newest first, optionally only those on one {@code target} (its id: a member id, an
 * address, a domain) or in one {@code status}; {@code limit} at a time from {@code cursor} (null: the newest).
 */
public record FindOperationsQuery(TenantId tenantId, String target, OperationStatus status, String cursor, int limit) {
}
