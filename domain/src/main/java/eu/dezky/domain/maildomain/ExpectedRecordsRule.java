package eu.dezky.domain.maildomain;

import eu.dezky.api.domain.DmarcPolicy;
import eu.dezky.api.domain.DnsRecordType;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.ExpectedDnsRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * The records a domain must publish, with the two values the engine owns rather than the mail server: the
 * DMARC record (the tenant's chosen policy) and the ownership token. Both are set here so that whatever the
 * setup saga reports, the tenant is told one thing.
 */
final class ExpectedRecordsRule {

    /** Label and value prefix of the ownership TXT record; the DNS verifier in adapters uses the same. */
    static final String OWNERSHIP_LABEL = "_dezky-verify.";
    static final String OWNERSHIP_PREFIX = "dezky-verify=";

    private static final String POSTMASTER = "postmaster@";
    /** RFC 5321's limit of a forward path, less its angle brackets. */
    private static final int MAX_ADDRESS = 254;

    private ExpectedRecordsRule() {
    }

    /**
     * The default DMARC policy: exactly the record Stalwart's generated zone file asks for ({@code p=reject},
     * reports to the postmaster of the domain), so the records we show and the mail server's agree. Mail of a new
     * domain is DKIM-signed and SPF-aligned by Stalwart from the start, so a strict policy costs nothing and
     * protects the name from spoofing; a tenant migrating existing mail can relax it.
     */
    static DmarcPolicy defaultDmarc(DomainName domain) {
        String postmaster = POSTMASTER + domain.value();
        // A domain name may have 253 characters, an address only 254: past that there is no postmaster to report to.
        return new DmarcPolicy("reject", postmaster.length() <= MAX_ADDRESS ? "mailto:" + postmaster : null);
    }

    static ExpectedDnsRecord ownership(DomainName domain, String token) {
        return new ExpectedDnsRecord(DnsRecordType.OWNERSHIP, OWNERSHIP_LABEL + domain.value(), OWNERSHIP_PREFIX + token);
    }

    static ExpectedDnsRecord dmarc(DomainName domain, DmarcPolicy policy) {
        return new ExpectedDnsRecord(DnsRecordType.DMARC, "_dmarc." + domain.value(), policy.record());
    }

    /** The mail server's records without its DMARC and any ownership record, then ours. */
    static List<ExpectedDnsRecord> provisioned(DomainName domain, List<ExpectedDnsRecord> reported, DmarcPolicy dmarc,
                                               String token) {
        List<ExpectedDnsRecord> records = new ArrayList<>();
        for (ExpectedDnsRecord record : reported == null ? List.<ExpectedDnsRecord>of() : reported) {
            if (record.type() != DnsRecordType.DMARC && record.type() != DnsRecordType.OWNERSHIP) {
                records.add(record);
            }
        }
        records.add(dmarc(domain, dmarc));
        records.add(ownership(domain, token));
        return List.copyOf(records);
    }
}
