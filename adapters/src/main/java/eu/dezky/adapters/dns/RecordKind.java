package eu.dezky.adapters.dns;

import org.xbill.DNS.Type;

/**
 * The kinds of DNS record the verifier checks, each with the comparison rule a mail admin would apply to it.
 */
public enum RecordKind {
    /** Apex MX: host name (case-insensitive, trailing dot ignored) and preference. */
    MX(Type.MX),
    /** Apex TXT starting {@code v=spf1}: exactly one may exist (RFC 7208 §4.5). */
    SPF(Type.TXT),
    /** {@code <selector>._domainkey} TXT: the public key {@code p=} and key type {@code k=}. */
    DKIM(Type.TXT),
    /** {@code _dmarc} TXT: the policy {@code p=} and, when expected, the report address {@code rua=}. */
    DMARC(Type.TXT),
    /** {@code _dezky-verify} TXT proving the customer controls the zone: compared exactly. */
    OWNERSHIP(Type.TXT);

    private final int dnsType;

    RecordKind(int dnsType) {
        this.dnsType = dnsType;
    }

    int dnsType() {
        return dnsType;
    }
}
