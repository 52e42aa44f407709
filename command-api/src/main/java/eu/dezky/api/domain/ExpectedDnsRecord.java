package eu.dezky.api.domain;

/**
 * A record the tenant must publish: its type, owner name (FQDN without trailing dot) and value in zone-file
 * presentation (e.g. {@code 10 mail.example.org.} for MX, the TXT text without quotes for TXT records).
 */
public record ExpectedDnsRecord(DnsRecordType type, String name, String value) {
}
