package eu.dezky.sagas.domain;

import eu.dezky.adapters.dns.ExpectedRecord;
import eu.dezky.adapters.dns.ExpectedRecords;
import eu.dezky.adapters.dns.RecordKind;
import eu.dezky.adapters.dns.VerificationReport;
import eu.dezky.api.domain.DnsRecordType;
import eu.dezky.api.domain.ExpectedDnsRecord;
import eu.dezky.api.domain.RecordCheck;
import eu.dezky.api.domain.RecordCheckStatus;

import java.util.List;

/**
 * Translates between the DNS verifier's types (adapters) and the message contract's. The two enums name the same
 * record kinds and outcomes on purpose, so the mapping is by name; a kind added on one side only fails loudly here.
 */
final class DnsRecordMapping {

    private DnsRecordMapping() {
    }

    static List<ExpectedDnsRecord> toContract(ExpectedRecords records) {
        return records.records().stream()
                .map(r -> new ExpectedDnsRecord(DnsRecordType.valueOf(r.kind().name()), r.name(), r.value()))
                .toList();
    }

    static ExpectedRecords toVerifier(String domain, List<ExpectedDnsRecord> records) {
        List<ExpectedRecord> mapped = records.stream()
                .map(r -> new ExpectedRecord(RecordKind.valueOf(r.type().name()), r.name(), r.value()))
                .toList();
        return new ExpectedRecords(domain, mapped, List.of());
    }

    static List<RecordCheck> toContract(VerificationReport report) {
        return report.checks().stream()
                .map(c -> new RecordCheck(DnsRecordType.valueOf(c.kind().name()), c.name(), c.expected(), c.found(),
                        RecordCheckStatus.valueOf(c.status().name()), c.reason()))
                .toList();
    }
}
