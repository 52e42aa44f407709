package eu.dezky.adapters.dns;

import java.util.Locale;

/** Host-name normalisation shared by the parser, the expected records and the MX rule. */
final class DnsNames {

    private DnsNames() {
    }

    /** DNS names compare case-insensitively, and {@code example.com.} and {@code example.com} are the same name. */
    static String normalize(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    static boolean isAtOrBelow(String name, String domain) {
        return name.equals(domain) || name.endsWith("." + domain);
    }
}
