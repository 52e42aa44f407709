package eu.dezky.api.tenant;

import eu.dezky.api.common.InvalidValueException;

import java.util.regex.Pattern;

/**
 * A tenant's slug, which is also its aggregate identifier: the event store's unique (aggregate, sequence)
 * key then makes slugs unique platform-wide, even under concurrent creates, without a claim aggregate.
 */
public record TenantId(String slug) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,61}[a-z0-9]");

    public TenantId {
        InvalidValueException.require(slug != null && SLUG.matcher(slug).matches(),
                "slug", "slug must be 2-63 of a-z, 0-9 and inner hyphens");
    }

    /** Axon uses {@code toString()} as the aggregate identifier; keep it the bare slug. */
    @Override
    public String toString() {
        return slug;
    }
}
