package eu.dezky.sandbox.ocis;

import java.util.List;

/** Turns a concrete graph path into the spec's path template, collecting the ids it contains. */
final class OcisPaths {

    private OcisPaths() {
    }

    static String template(String route, List<String> ids) {
        String[] s = route.replaceAll("/+$", "").split("/");
        // s[0] is empty (leading slash), s[1] the version, s[2] the collection.
        if (s.length < 3 || !"v1.0".equals(s[1])) {
            return route;
        }
        String collection = "/" + s[1] + "/" + s[2];
        String idName = "users".equals(s[2]) ? "{user-id}" : "{group-id}";
        if (s.length == 3) {
            return collection;
        }
        ids.add(s[3]);
        StringBuilder template = new StringBuilder(collection).append('/').append(idName);
        if (s.length >= 5) {
            template.append('/').append(s[4]);
        }
        if (s.length >= 6) {
            if ("$ref".equals(s[5])) {
                template.append("/$ref");
            } else {
                ids.add(s[5]);
                template.append("/{directory-object-id}");
            }
        }
        for (int i = 6; i < s.length; i++) {
            template.append('/').append(s[i]);
        }
        return template.toString();
    }
}
