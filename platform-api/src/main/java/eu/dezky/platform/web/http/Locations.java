package eu.dezky.platform.web.http;

import java.net.URI;

/** Where the routes' resources live: the {@code Location} of every 201 and 202. */
public final class Locations {

    private Locations() {
    }

    public static URI tenant(String slug) {
        return URI.create("/api/tenants/" + slug);
    }

    public static URI member(String slug, String memberId) {
        return URI.create(tenant(slug) + "/members/" + memberId);
    }

    public static URI domain(String slug, String domain) {
        return URI.create(tenant(slug) + "/domains/" + domain);
    }

    public static URI alias(String slug, String address) {
        return URI.create(tenant(slug) + "/mail/aliases/" + address);
    }

    public static URI list(String slug, String address) {
        return URI.create(tenant(slug) + "/mail/lists/" + address);
    }

    /** Where every 202 points: the operation, with its steps, until it ends. */
    public static URI operation(String slug, String operationId) {
        return URI.create(tenant(slug) + "/operations/" + operationId);
    }
}
