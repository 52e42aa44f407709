package eu.dezky.sandbox.authentik;

import eu.dezky.sandbox.http.SimError;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Renders the simulator's rows in the 2026.2 wire shapes (A2, A4, A9, A10): every key the schema marks
 * required is present, nullable ones are {@code null} rather than missing, datetimes end in {@code Z}.
 */
final class AuthentikJson {

    private AuthentikJson() {
    }

    static Map<String, Object> user(SimUser u, Map<UUID, SimGroup> groups, boolean includeGroups) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pk", u.pk);
        m.put("username", u.username);
        m.put("name", u.name);
        m.put("is_active", u.active);
        m.put("last_login", null);
        m.put("date_joined", u.dateJoined.toString());
        m.put("is_superuser", u.groups.stream().map(groups::get).anyMatch(g -> g != null && g.superuser));
        m.put("groups", u.groups.stream().map(UUID::toString).toList());
        m.put("groups_obj", includeGroups ? u.groups.stream().map(groups::get).map(AuthentikJson::partialGroup).toList() : null);
        m.put("roles", List.of());
        m.put("roles_obj", List.of());
        m.put("email", u.email);
        m.put("avatar", "data:image/svg+xml;base64,");
        m.put("attributes", u.attributes);
        m.put("uid", uid(u));
        m.put("path", u.path);
        m.put("type", u.type);
        m.put("uuid", u.uuid.toString());
        m.put("password_change_date", u.passwordChanged.toString());
        m.put("last_updated", u.lastUpdated.toString());
        return m;
    }

    static Map<String, Object> group(SimGroup g, List<SimUser> members, boolean includeUsers) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pk", g.uuid.toString());
        m.put("num_pk", g.numPk);
        m.put("name", g.name);
        m.put("is_superuser", g.superuser);
        m.put("parents", List.of());
        m.put("parents_obj", List.of());
        m.put("users", members.stream().map(u -> u.pk).toList());
        m.put("users_obj", includeUsers ? members.stream().map(AuthentikJson::partialUser).toList() : null);
        m.put("attributes", g.attributes);
        m.put("roles", List.of());
        m.put("roles_obj", List.of());
        m.put("inherited_roles_obj", List.of());
        m.put("children", List.of());
        m.put("children_obj", List.of());
        return m;
    }

    static Map<String, Object> session(SimSession s) {
        Map<String, Object> ua = new LinkedHashMap<>();
        ua.put("device", Map.of("brand", "Other", "family", "Other", "model", "Other"));
        ua.put("os", Map.of("family", "Linux", "major", "", "minor", "", "patch", "", "patch_minor", ""));
        ua.put("user_agent", Map.of("family", "Firefox", "major", "133", "minor", "0", "patch", ""));
        ua.put("string", s.userAgent());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uuid", s.uuid().toString());
        m.put("current", false);
        m.put("user_agent", ua);
        m.put("geo_ip", null);
        m.put("asn", null);
        m.put("user", s.user());
        m.put("last_ip", s.lastIp());
        m.put("last_user_agent", s.userAgent());
        m.put("last_used", s.lastUsed().toString());
        m.put("expires", s.expires().toString());
        return m;
    }

    /**
     * One page of a list in the A2 envelope. {@code next}/{@code previous} are page numbers, 0 when
     * absent; a page past the end is 404 "Invalid page." like DRF's paginator.
     */
    static <T> Map<String, Object> page(List<T> all, int page, int pageSize, Function<T, Object> render) {
        int count = all.size();
        int totalPages = Math.max(1, (count + pageSize - 1) / pageSize);
        if (page < 1 || page > totalPages) {
            throw new SimError(404, Map.of("detail", "Invalid page."));
        }
        int from = (page - 1) * pageSize;
        int to = Math.min(count, from + pageSize);
        List<Object> results = new ArrayList<>();
        for (T item : all.subList(from, to)) {
            results.add(render.apply(item));
        }
        Map<String, Object> pagination = new LinkedHashMap<>();
        pagination.put("next", page < totalPages ? page + 1 : 0);
        pagination.put("previous", page > 1 ? page - 1 : 0);
        pagination.put("count", count);
        pagination.put("current", page);
        pagination.put("total_pages", totalPages);
        pagination.put("start_index", count == 0 ? 0 : from + 1);
        pagination.put("end_index", to);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("pagination", pagination);
        envelope.put("results", results);
        envelope.put("autocomplete", new HashMap<>());
        return envelope;
    }

    private static Map<String, Object> partialGroup(SimGroup g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pk", g.uuid.toString());
        m.put("num_pk", g.numPk);
        m.put("name", g.name);
        m.put("is_superuser", g.superuser);
        m.put("attributes", g.attributes);
        return m;
    }

    private static Map<String, Object> partialUser(SimUser u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pk", u.pk);
        m.put("username", u.username);
        m.put("name", u.name);
        m.put("is_active", u.active);
        m.put("last_login", null);
        m.put("email", u.email);
        m.put("attributes", u.attributes);
        m.put("uid", uid(u));
        return m;
    }

    /** Authentik's hashed id ({@code User.uid}), the default {@code sub} of the user's tokens. */
    static String uid(SimUser u) {
        return sha256(u.uuid.toString());
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
