package eu.dezky.sandbox.stalwart;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@code x:Domain.dnsZoneFile} the way Stalwart's bind serialiser does: one RR per line,
 * {@code <fqdn.> IN <TYPE> <rdata>}, no {@code $ORIGIN}/{@code $TTL}/SOA/NS, TXT payloads over 255
 * bytes split into quoted chunks inside {@code ( … )}. Order: DKIM, SPF, MX, DMARC, SRV, TLS-RPT,
 * autoconfig. TLSA, MTA-STS and CAA are left out: they need certificates or policies the simulator
 * does not have, and Stalwart omits them too when those are absent.
 */
final class ZoneFileRenderer {

    /** A DKIM key as the zone needs it. */
    record DkimRecord(String selector, String algorithm, String publicKeyBase64) {
    }

    private static final String[][] SERVICES = {
        {"_caldavs._tcp", "443"}, {"_carddavs._tcp", "443"}, {"_imaps._tcp", "993"},
        {"_jmap._tcp", "443"}, {"_pop3s._tcp", "995"}, {"_submissions._tcp", "465"},
    };

    private final String mailHost;

    ZoneFileRenderer(String mailHost) {
        this.mailHost = mailHost;
    }

    String render(String domain, String reportAddressUri, List<DkimRecord> keys) {
        List<String> lines = new ArrayList<>();
        for (DkimRecord key : keys) {
            lines.add(txt(key.selector() + "._domainkey." + domain + ".", "v=DKIM1; k="
                    + DkimKeyFactory.keyType(key.algorithm()) + "; h=sha256; p=" + key.publicKeyBase64()));
        }
        if (mailHost.endsWith("." + domain)) {
            lines.add(txt(mailHost + ".", "v=spf1 a -all"));
        }
        lines.add(txt(domain + ".", "v=spf1 mx -all"));
        lines.add(domain + ". IN MX 10 " + mailHost + ".");
        if (reportAddressUri != null) {
            String rua = reportAddressUri.contains("@") ? reportAddressUri : reportAddressUri + "@" + domain;
            lines.add(txt("_dmarc." + domain + ".", "v=DMARC1; p=reject; rua=" + rua));
        }
        for (String[] service : SERVICES) {
            lines.add(service[0] + "." + domain + ". IN SRV 0 1 " + service[1] + " " + mailHost + ".");
        }
        if (reportAddressUri != null) {
            String rua = reportAddressUri.contains("@") ? reportAddressUri : reportAddressUri + "@" + domain;
            lines.add(txt("_smtp._tls." + domain + ".", "v=TLSRPTv1; rua=" + rua));
        }
        lines.add("autoconfig." + domain + ". IN CNAME " + mailHost + ".");
        lines.add("autodiscover." + domain + ". IN CNAME " + mailHost + ".");
        return String.join("\n", lines) + "\n";
    }

    static String txt(String owner, String payload) {
        String escaped = payload.replace("\\", "\\\\").replace("\"", "\\\"");
        if (escaped.length() <= 255) {
            return owner + " IN TXT \"" + escaped + "\"";
        }
        StringBuilder out = new StringBuilder(owner).append(" IN TXT (\n");
        for (int i = 0; i < escaped.length(); i += 255) {
            out.append("    \"").append(escaped, i, Math.min(escaped.length(), i + 255)).append("\"\n");
        }
        return out.append(")").toString();
    }
}
