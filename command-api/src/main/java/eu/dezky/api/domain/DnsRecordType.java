package eu.dezky.api.domain;

/** The records the engine expects a tenant to publish for a mail domain. */
public enum DnsRecordType {
    MX, SPF, DKIM, DMARC, OWNERSHIP
}
