package eu.dezky.adapters.dns;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code tag=value; tag=value} syntax shared by DKIM (RFC 6376 §3.2) and DMARC (RFC 7489 §6.4): tag names
 * are case-insensitive, whitespace around separators is insignificant, order does not matter.
 */
final class TagList {

    private TagList() {
    }

    static Map<String, String> parse(String text) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                tags.putIfAbsent(part.substring(0, eq).trim().toLowerCase(Locale.ROOT), part.substring(eq + 1).trim());
            }
        }
        return tags;
    }
}
