package eu.dezky.sandbox.ocis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Users and groups of the simulated oCIS with the graph service's validation (B4-B9). Request bodies
 * are checked strictly, as {@code StrictJSONUnmarshal} does: an unknown property is a 400.
 */
final class OcisState {

    private static final Set<String> USER_FIELDS = Set.of("id", "accountEnabled", "appRoleAssignments", "displayName",
            "drives", "drive", "identities", "mail", "memberOf", "onPremisesSamAccountName", "passwordProfile", "surname",
            "givenName", "userType", "preferredLanguage", "signInActivity", "externalID", "crossInstanceReference", "instances");
    private static final Set<String> PASSWORD_FIELDS = Set.of("password", "forceChangePasswordNextSignIn");
    private static final Set<String> IDENTITY_FIELDS = Set.of("issuer", "issuerAssignedId");
    private static final Set<String> GROUP_FIELDS = Set.of("id", "description", "displayName", "groupTypes", "members", "members@odata.bind");
    private static final Pattern USERNAME = Pattern.compile("^[A-Za-z_][A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]*(@[A-Za-z0-9.-]+)?$");
    private static final Pattern MAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final ObjectMapper json;
    private final Map<String, OcisUserRow> users = new LinkedHashMap<>();
    private final Map<String, OcisGroupRow> groups = new LinkedHashMap<>();

    OcisState(ObjectMapper json) {
        this.json = json;
    }

    synchronized OcisUserRow createUser(JsonNode body) {
        strict(body, USER_FIELDS);
        if (body.has("id")) {
            throw GraphError.invalid("user id is a read-only attribute");
        }
        if (!body.hasNonNull("displayName")) {
            throw GraphError.invalid("missing required Attribute: 'displayName'");
        }
        if (!body.hasNonNull("onPremisesSamAccountName")) {
            throw GraphError.invalid("missing required Attribute: 'onPremisesSamAccountName'");
        }
        String username = body.get("onPremisesSamAccountName").asText();
        if (!USERNAME.matcher(username).matches()) {
            throw GraphError.invalid("Invalid username");
        }
        if (users.values().stream().anyMatch(u -> u.username.equals(username))) {
            throw GraphError.of(409, "nameAlreadyExists", "a user with that name already exists");
        }
        OcisUserRow row = new OcisUserRow();
        row.username = username;
        apply(row, body);
        users.put(row.id, row);
        return row;
    }

    /** The user by id or by username, as the LDAP filter {@code (|(uid=x)(owncloudUUID=x))} finds it. */
    synchronized OcisUserRow user(String idOrName) {
        return users.values().stream().filter(u -> u.id.equals(idOrName) || u.username.equals(idOrName))
                .findFirst().orElseThrow(GraphError::notFound);
    }

    synchronized List<OcisUserRow> users(Optional<String> search) {
        String term = search.map(s -> s.replace("\"", "").toLowerCase()).orElse("");
        return users.values().stream().filter(u -> term.isEmpty() || u.username.toLowerCase().contains(term)
                || u.mail.toLowerCase().contains(term) || u.displayName.toLowerCase().contains(term)).toList();
    }

    /** Applies a PATCH; empty when the body was {@code {}} (the server answers 204, changing nothing). */
    synchronized Optional<OcisUserRow> patchUser(String idOrName, JsonNode body) {
        OcisUserRow row = user(idOrName);
        strict(body, USER_FIELDS);
        if (body.isEmpty()) {
            return Optional.empty();
        }
        if (body.has("id") && !row.id.equals(body.get("id").asText())) {
            throw GraphError.of(405, "notAllowed", "changing the UserId is not allowed");
        }
        if (body.hasNonNull("onPremisesSamAccountName")) {
            String username = body.get("onPremisesSamAccountName").asText();
            if (users.values().stream().anyMatch(u -> u != row && u.username.equals(username))) {
                throw GraphError.of(409, "nameAlreadyExists", "a user with that name already exists");
            }
            row.username = username;
        }
        apply(row, body);
        return Optional.of(row);
    }

    synchronized void deleteUser(String idOrName) {
        OcisUserRow row = user(idOrName);
        users.remove(row.id);
        groups.values().forEach(g -> g.members.remove(row.id));
    }

    synchronized OcisGroupRow createGroup(JsonNode body) {
        strict(body, GROUP_FIELDS);
        if (body.has("id")) {
            throw GraphError.invalid("group id is a read-only attribute");
        }
        if (!body.hasNonNull("displayName") || body.get("displayName").asText().isBlank()) {
            throw GraphError.invalid("Missing Required Attribute");
        }
        String name = body.get("displayName").asText();
        if (groups.values().stream().anyMatch(g -> g.displayName.equals(name))) {
            throw GraphError.of(409, "nameAlreadyExists", "group already exists");
        }
        OcisGroupRow row = new OcisGroupRow(name);
        row.description = body.path("description").asText("");
        groups.put(row.id, row);
        return row;
    }

    synchronized List<OcisGroupRow> groups(Optional<String> search) {
        String term = search.map(s -> s.replace("\"", "").toLowerCase()).orElse("");
        return groups.values().stream().filter(g -> g.displayName.toLowerCase().contains(term)).toList();
    }

    synchronized OcisGroupRow group(String id) {
        OcisGroupRow row = groups.get(id);
        if (row == null) {
            throw GraphError.notFound();
        }
        return row;
    }

    synchronized void deleteGroup(String id) {
        groups.remove(group(id).id);
    }

    synchronized List<OcisUserRow> members(String groupId) {
        return group(groupId).members.stream().map(users::get).toList();
    }

    synchronized void addMember(String groupId, JsonNode body) {
        OcisGroupRow group = group(groupId);
        strict(body, Set.of("@odata.id"));
        if (!body.hasNonNull("@odata.id")) {
            throw GraphError.invalid("@odata.id reference is missing");
        }
        // The server reads only the last two path segments: ".../users/<user-id>".
        String[] segments = body.get("@odata.id").asText().replaceAll("/+$", "").split("/");
        if (segments.length < 2 || !"users".equals(segments[segments.length - 2])) {
            throw GraphError.invalid("Only users are allowed as group members");
        }
        OcisUserRow user = users.get(segments[segments.length - 1]);
        if (user == null) {
            throw GraphError.notFound();
        }
        group.members.add(user.id);
    }

    synchronized void removeMember(String groupId, String userId) {
        if (!group(groupId).members.remove(userId)) {
            throw GraphError.notFound();
        }
    }

    /** Runs {@code reader} under the lock, for consistent snapshots. */
    synchronized <T> T read(Supplier<T> reader) {
        return reader.get();
    }

    private void apply(OcisUserRow row, JsonNode body) {
        if (body.hasNonNull("mail")) {
            String mail = body.get("mail").asText();
            if (!MAIL.matcher(mail).matches()) {
                throw GraphError.invalid("'" + mail + "' is not a valid email address");
            }
            row.mail = mail;
        }
        if (body.hasNonNull("userType")) {
            String type = body.get("userType").asText();
            if (!type.equals("Member") && !type.equals("Guest")) {
                throw GraphError.invalid("invalid userType attribute, valid options are 'Member' or 'Guest'");
            }
            row.userType = type;
        }
        if (body.has("passwordProfile")) {
            strict(body.get("passwordProfile"), PASSWORD_FIELDS);
            row.password = body.get("passwordProfile").path("password").asText(null);
        }
        if (body.has("identities")) {
            List<Map<String, Object>> identities = new ArrayList<>();
            for (JsonNode identity : body.get("identities")) {
                strict(identity, IDENTITY_FIELDS);
                identities.add(json.convertValue(identity, LinkedHashMap.class));
            }
            row.identities = identities;
        }
        row.displayName = body.hasNonNull("displayName") ? body.get("displayName").asText() : row.displayName;
        row.surname = body.hasNonNull("surname") ? body.get("surname").asText() : row.surname;
        row.givenName = body.hasNonNull("givenName") ? body.get("givenName").asText() : row.givenName;
        row.enabled = body.hasNonNull("accountEnabled") ? body.get("accountEnabled").asBoolean() : row.enabled;
    }

    private static void strict(JsonNode body, Set<String> allowed) {
        if (!body.isObject()) {
            throw GraphError.invalid("invalid request body: expected a JSON object");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw GraphError.invalid("invalid request body: json: unknown field \"" + name + "\"");
            }
        }
    }
}
