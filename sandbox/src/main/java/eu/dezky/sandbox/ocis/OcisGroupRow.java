package eu.dezky.sandbox.ocis;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Mutable server-side group entry with its member user ids. */
final class OcisGroupRow {
    final String id = UUID.randomUUID().toString();
    final Set<String> members = new LinkedHashSet<>();
    String displayName;
    String description = "";

    OcisGroupRow(String displayName) {
        this.displayName = displayName;
    }

    Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("displayName", displayName);
        if (!description.isEmpty()) {
            m.put("description", description);
        }
        m.put("groupTypes", List.of());
        return m;
    }
}
