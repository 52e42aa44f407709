package eu.dezky.sandbox.ocis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Mutable server-side user entry; only touched under the {@link OcisState} lock. */
final class OcisUserRow {
    final String id = UUID.randomUUID().toString();
    String username;
    String displayName;
    String mail = "";
    String surname;
    String givenName = "";
    String userType = "Member";
    String password;
    boolean enabled = true;
    List<Map<String, Object>> identities = new ArrayList<>();

    Map<String, Object> toJson() {
        // Shape of the LDAP backend (B3): empty mail/givenName are omitted, passwordProfile never returned.
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("displayName", displayName);
        if (!mail.isEmpty()) {
            m.put("mail", mail);
        }
        m.put("onPremisesSamAccountName", username);
        m.put("surname", surname == null || surname.isEmpty() ? username : surname);
        if (!givenName.isEmpty()) {
            m.put("givenName", givenName);
        }
        m.put("userType", userType);
        if (!identities.isEmpty()) {
            m.put("identities", identities);
        }
        m.put("accountEnabled", enabled);
        return m;
    }
}
