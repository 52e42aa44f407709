package eu.dezky.adapters.dns;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything a domain should publish: the {@code records} the verifier checks, and {@code informational}
 * zone lines (SRV, TLSA, CNAME, MTA-STS, TLS-RPT, the MX host's own SPF, ...) that we show to the customer
 * but do not verify, because mail is delivered and authenticated without them and some (TLSA) change with
 * every certificate renewal.
 */
public record ExpectedRecords(String domain, List<ExpectedRecord> records, List<String> informational) {

    public ExpectedRecords {
        if (domain == null || domain.isBlank()) {
            throw new IllegalArgumentException("domain is required");
        }
        domain = DnsNames.normalize(domain);
        records = List.copyOf(records);
        informational = List.copyOf(informational);
    }

    /** The same expectations plus the ownership token, which Stalwart knows nothing about. */
    public ExpectedRecords withOwnershipToken(String token) {
        List<ExpectedRecord> more = new ArrayList<>(records);
        more.add(ExpectedRecord.ownership(domain, token));
        return new ExpectedRecords(domain, more, informational);
    }

    public List<ExpectedRecord> ofKind(RecordKind kind) {
        return records.stream().filter(r -> r.kind() == kind).toList();
    }
}
