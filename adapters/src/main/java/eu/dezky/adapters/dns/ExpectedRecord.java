package eu.dezky.adapters.dns;

import java.util.Objects;

/**
 * One record we expect the customer to publish. {@code name} is the owner name, lower-case without the
 * trailing dot; {@code value} is the text a person would paste into their DNS provider: the TXT payload
 * (chunks already joined) or, for MX, {@code "<preference> <host>."}.
 */
public record ExpectedRecord(RecordKind kind, String name, String value) {

    /** Label under the customer's domain that carries the ownership token. */
    public static final String OWNERSHIP_LABEL = "_dezky-verify";
    /** Prefix of the ownership TXT value, so the record says whose token it is. */
    public static final String OWNERSHIP_PREFIX = "dezky-verify=";

    public ExpectedRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("record name is required");
        }
        name = DnsNames.normalize(name);
    }

    public static ExpectedRecord mx(String domain, int preference, String host) {
        if (preference < 0 || preference > 65535) {
            throw new IllegalArgumentException("MX preference out of range: " + preference);
        }
        return new ExpectedRecord(RecordKind.MX, domain, preference + " " + DnsNames.normalize(host) + ".");
    }

    public static ExpectedRecord spf(String domain, String text) {
        return new ExpectedRecord(RecordKind.SPF, domain, text);
    }

    public static ExpectedRecord dkim(String domain, String selector, String text) {
        return new ExpectedRecord(RecordKind.DKIM, selector + "._domainkey." + DnsNames.normalize(domain), text);
    }

    public static ExpectedRecord dmarc(String domain, String text) {
        return new ExpectedRecord(RecordKind.DMARC, "_dmarc." + DnsNames.normalize(domain), text);
    }

    /** {@code _dezky-verify.<domain>. IN TXT "dezky-verify=<token>"}. */
    public static ExpectedRecord ownership(String domain, String token) {
        if (token == null || token.isBlank() || token.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("ownership token must be non-blank without spaces");
        }
        return new ExpectedRecord(RecordKind.OWNERSHIP, OWNERSHIP_LABEL + "." + DnsNames.normalize(domain),
                OWNERSHIP_PREFIX + token);
    }
}
