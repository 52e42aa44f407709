package eu.dezky.api.tenant;

import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.PartnerId;

/**
 * Asks for a page of the tenant directory, ordered by slug, starting after the slug {@code after} (null: from the
 * start). Each filter is optional (null): the serving partner, the status, a subject among the tenant's admins.
 */
public record FindTenantDirectoryQuery(PartnerId partner, TenantStatus status, String adminSubject, String after,
                                       int limit) {

    public static final int MAX_LIMIT = 500;

    public FindTenantDirectoryQuery {
        InvalidValueException.require(limit >= 1 && limit <= MAX_LIMIT, "limit", "limit must be 1 to " + MAX_LIMIT);
    }
}
