package eu.dezky.adapters.dns;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Master;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Reads Stalwart's {@code dnsZoneFile} (one {@code <fqdn.> IN <TYPE> <rdata>} per line, long TXT split into
 * quoted chunks inside parentheses) with dnsjava's zone-file parser and sorts the records: apex MX, apex
 * {@code v=spf1} TXT, {@code <selector>._domainkey} TXT and {@code _dmarc} TXT become checked
 * {@link ExpectedRecord}s; everything else is kept as an informational zone line.
 */
public final class ZoneFileParser {

    /** The file has neither {@code $TTL} nor a TTL column; the parser needs one, and TTLs are not verified. */
    private static final long DEFAULT_TTL = 3600;
    private static final String DKIM_SUFFIX = "._domainkey.";

    private ZoneFileParser() {
    }

    /**
     * @param domain      the domain the file belongs to; also the origin for any relative name
     * @param dnsZoneFile the {@code dnsZoneFile} property of Stalwart's {@code x:Domain}
     * @throws IllegalArgumentException when the text is not a valid zone file
     */
    public static ExpectedRecords parse(String domain, String dnsZoneFile) {
        String apex = DnsNames.normalize(domain);
        List<ExpectedRecord> checked = new ArrayList<>();
        List<String> informational = new ArrayList<>();
        byte[] bytes = dnsZoneFile.getBytes(StandardCharsets.UTF_8);
        try (Master master = new Master(new ByteArrayInputStream(bytes), origin(apex), DEFAULT_TTL)) {
            // The text comes from another system: it must not make us read local files.
            master.disableIncludes(true);
            for (Record record = master.nextRecord(); record != null; record = master.nextRecord()) {
                ExpectedRecord expected = toExpected(apex, record);
                if (expected != null) {
                    checked.add(expected);
                } else {
                    informational.add(zoneLine(record));
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("dnsZoneFile of " + apex + " is not a valid zone file: " + e.getMessage(), e);
        }
        return new ExpectedRecords(apex, checked, informational);
    }

    private static ExpectedRecord toExpected(String apex, Record record) {
        String owner = DnsNames.normalize(record.getName().toString());
        if (record instanceof MXRecord mx && owner.equals(apex)) {
            return ExpectedRecord.mx(apex, mx.getPriority(), mx.getTarget().toString());
        }
        if (!(record instanceof TXTRecord)) {
            return null;
        }
        String text = RecordText.of(record);
        if (owner.equals(apex) && SpfRule.isSpf(text)) {
            return ExpectedRecord.spf(apex, text);
        }
        if (owner.equals("_dmarc." + apex)) {
            return ExpectedRecord.dmarc(apex, text);
        }
        String dkimTail = DKIM_SUFFIX + apex;
        if (owner.endsWith(dkimTail) && owner.length() > dkimTail.length()) {
            return ExpectedRecord.dkim(apex, owner.substring(0, owner.length() - dkimTail.length()), text);
        }
        return null;
    }

    /** Same shape as Stalwart's lines, without the TTL we had to invent. */
    private static String zoneLine(Record record) {
        return record.getName() + " IN " + Type.string(record.getType()) + " " + record.rdataToString();
    }

    private static Name origin(String apex) {
        try {
            return Name.fromString(apex + ".");
        } catch (TextParseException e) {
            throw new IllegalArgumentException("not a domain name: " + apex, e);
        }
    }
}
