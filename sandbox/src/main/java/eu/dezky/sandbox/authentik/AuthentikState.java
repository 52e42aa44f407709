package eu.dezky.sandbox.authentik;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dezky.sandbox.http.SimError;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Users, groups and sessions of the simulated Authentik, with the serializer rules of A3-A10. Every
 * method holds the instance lock, so the simulator is safe under concurrent requests.
 */
final class AuthentikState {

    private static final Map<String, Object> NOT_FOUND = Map.of("detail", "Not found.");

    private final ObjectMapper json;
    private final Map<Integer, SimUser> users = new LinkedHashMap<>();
    private final Map<UUID, SimGroup> groups = new LinkedHashMap<>();
    private final Map<UUID, SimSession> sessions = new LinkedHashMap<>();
    private int nextUserPk = 1;
    private int nextGroupPk = 1000;

    AuthentikState(ObjectMapper json) {
        this.json = json;
    }

    synchronized List<SimUser> users(Predicate<SimUser> filter) {
        return users.values().stream().filter(filter).toList();
    }

    synchronized SimUser user(int pk) {
        SimUser user = users.get(pk);
        if (user == null) {
            throw new SimError(404, NOT_FOUND);
        }
        return user;
    }

    synchronized SimUser createUser(JsonNode body) {
        requireField(body, "username");
        requireField(body, "name");
        String username = body.get("username").asText();
        if (username.isBlank()) {
            throw fieldError("username", "This field may not be blank.");
        }
        checkUsernameFree(username, -1);
        SimUser user = new SimUser(nextUserPk++, username);
        UserFields.apply(user, body, groups.keySet(), json);
        users.put(user.pk, user);
        return user;
    }

    synchronized SimUser patchUser(int pk, JsonNode body) {
        SimUser user = user(pk);
        if (body.hasNonNull("username")) {
            checkUsernameFree(body.get("username").asText(), pk);
            user.username = body.get("username").asText();
        }
        UserFields.apply(user, body, groups.keySet(), json);
        if (!user.active) {
            // A8: the PATCH override drops every session of a user left inactive (PUT does not).
            sessions.values().removeIf(s -> s.user() == pk);
        }
        return user;
    }

    synchronized void deleteUser(int pk) {
        user(pk);
        users.remove(pk);
        sessions.values().removeIf(s -> s.user() == pk);
    }

    synchronized void setPassword(int pk, JsonNode body) {
        SimUser user = user(pk);
        JsonNode password = body.get("password");
        if (password == null || password.isNull() || password.asText().isEmpty()) {
            // The 2026.2.2 schema documents this 400 without a body; the vendor spec wins over the
            // field errors the reference reads in the source (A7), so the body stays empty.
            throw new SimError(400, null);
        }
        user.password = password.asText();
        user.passwordChanged = Instant.now();
    }

    synchronized List<SimGroup> groups(Predicate<SimGroup> filter) {
        return groups.values().stream().filter(filter).sorted(Comparator.comparing(g -> g.name)).toList();
    }

    synchronized SimGroup group(UUID uuid) {
        SimGroup group = groups.get(uuid);
        if (group == null) {
            throw new SimError(404, NOT_FOUND);
        }
        return group;
    }

    synchronized SimGroup createGroup(JsonNode body) {
        requireField(body, "name");
        String name = body.get("name").asText();
        if (name.isBlank()) {
            throw fieldError("name", "This field may not be blank.");
        }
        if (groups.values().stream().anyMatch(g -> g.name.equals(name))) {
            throw fieldError("name", "group with this name already exists.");
        }
        SimGroup group = new SimGroup(nextGroupPk++, name);
        group.superuser = body.path("is_superuser").asBoolean(false);
        if (body.has("attributes")) {
            group.attributes = UserFields.attributes(body.get("attributes"), json);
        }
        groups.put(group.uuid, group);
        for (JsonNode pk : body.path("users")) {
            user(pk.asInt()).groups.add(group.uuid);
        }
        return group;
    }

    synchronized void deleteGroup(UUID uuid) {
        group(uuid);
        groups.remove(uuid);
        users.values().forEach(u -> u.groups.remove(uuid));
    }

    synchronized void changeMembership(UUID groupUuid, JsonNode body, boolean add) {
        group(groupUuid);
        requireField(body, "pk");
        SimUser user = user(body.get("pk").asInt());
        // Django M2M add/remove: adding a member twice or removing a non-member is not an error.
        if (add) {
            user.groups.add(groupUuid);
        } else {
            user.groups.remove(groupUuid);
        }
    }

    synchronized List<Integer> membersOf(UUID groupUuid) {
        return users.values().stream().filter(u -> u.groups.contains(groupUuid)).map(u -> u.pk).toList();
    }

    synchronized List<SimSession> sessions(Optional<String> username) {
        List<SimSession> result = new ArrayList<>();
        for (SimSession session : sessions.values()) {
            SimUser owner = users.get(session.user());
            if (username.isEmpty() || owner.username.equals(username.get())) {
                result.add(session);
            }
        }
        // Default ordering of the viewset: user__username.
        result.sort(Comparator.comparing(s -> users.get(s.user()).username));
        return result;
    }

    synchronized SimSession session(UUID uuid) {
        SimSession session = sessions.get(uuid);
        if (session == null) {
            throw new SimError(404, NOT_FOUND);
        }
        return session;
    }

    synchronized void deleteSession(UUID uuid) {
        session(uuid);
        sessions.remove(uuid);
    }

    synchronized SimSession login(String username, String ip, String userAgent) {
        SimUser user = users.values().stream().filter(u -> u.username.equals(username)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such user: " + username));
        if (!user.active) {
            throw new IllegalStateException("inactive users cannot log in: " + username);
        }
        Instant now = Instant.now();
        SimSession session = new SimSession(UUID.randomUUID(), user.pk, ip, userAgent, now, now.plus(Duration.ofDays(1)));
        sessions.put(session.uuid(), session);
        return session;
    }

    synchronized Map<String, Object> render(SimUser user, boolean includeGroups) {
        return AuthentikJson.user(user, groups, includeGroups);
    }

    synchronized Map<String, Object> render(SimGroup group, boolean includeUsers) {
        List<SimUser> members = users.values().stream().filter(u -> u.groups.contains(group.uuid)).toList();
        return AuthentikJson.group(group, members, includeUsers);
    }

    synchronized String usernameOf(int pk) {
        SimUser user = users.get(pk);
        return user == null ? "" : user.username;
    }

    private void checkUsernameFree(String username, int exceptPk) {
        if (users.values().stream().anyMatch(u -> u.pk != exceptPk && u.username.equals(username))) {
            throw fieldError("username", "This field must be unique.");
        }
    }

    private static void requireField(JsonNode body, String field) {
        if (body == null || !body.has(field) || body.get(field).isNull()) {
            throw fieldError(field, "This field is required.");
        }
    }

    private static SimError fieldError(String field, String message) {
        return UserFields.fieldError(field, message);
    }
}
