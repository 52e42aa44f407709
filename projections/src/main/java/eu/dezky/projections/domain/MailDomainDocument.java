package eu.dezky.projections.domain;

import eu.dezky.api.domain.DmarcPolicy;
import eu.dezky.api.domain.DnsRecordType;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.ExpectedDnsRecord;
import eu.dezky.api.domain.MailDomainView;
import eu.dezky.api.domain.RecordCheck;
import eu.dezky.api.domain.RecordCheckStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * One mail domain in the {@code mail_domains} collection, keyed by domain name (unique platform-wide, so every
 * single lookup is an exact id match); {@code tenant} is what the list query filters on. Every change writes a
 * whole new document, which keeps the handlers idempotent. Only the domain's own events write it (one aggregate, so
 * handled in order); whether it is the tenant's primary comes from the tenant's events and is joined in on reading.
 */
@Document("mail_domains")
record MailDomainDocument(@Id String domain, String tenant, DomainStatus status, String mailServer,
                          DmarcPolicy dmarc, List<ExpectedDnsRecord> expected, List<RecordCheck> checks,
                          Instant lastCheckedAt, Instant nextCheckAt, String problem, List<String> removalBlockers,
                          boolean ownershipProven, Instant expiresAt) {

    static MailDomainDocument added(String domain, String tenant, DmarcPolicy dmarc) {
        return new MailDomainDocument(domain, tenant, DomainStatus.PROVISIONING, null, dmarc, List.of(),
                List.of(), null, null, null, List.of(), false, null);
    }

    MailDomainDocument withStatus(DomainStatus newStatus) {
        return new MailDomainDocument(domain, tenant, newStatus, mailServer, dmarc, expected, checks,
                lastCheckedAt, nextCheckAt, problem, removalBlockers, ownershipProven, expiresAt);
    }

    MailDomainDocument withProblem(String newProblem) {
        return new MailDomainDocument(domain, tenant, status, mailServer, dmarc, expected, checks,
                lastCheckedAt, nextCheckAt, newProblem, removalBlockers, ownershipProven, expiresAt);
    }

    MailDomainDocument withBlockers(List<String> blockers) {
        return new MailDomainDocument(domain, tenant, status, mailServer, dmarc, expected, checks,
                lastCheckedAt, nextCheckAt, problem, List.copyOf(blockers), ownershipProven, expiresAt);
    }

    MailDomainDocument provisioned(String stalwartDomainId, List<ExpectedDnsRecord> records, String skippedReason) {
        // Until the first check every record is shown as expected-but-unchecked, so the admin can publish at once.
        return new MailDomainDocument(domain, tenant, DomainStatus.PENDING,
                stalwartDomainId == null ? null : "stalwart", dmarc, List.copyOf(records), List.of(), lastCheckedAt,
                nextCheckAt, skippedReason, removalBlockers, ownershipProven, expiresAt);
    }

    MailDomainDocument checked(List<RecordCheck> results, DomainStatus newStatus, Instant checkedAt, Instant nextAt) {
        return new MailDomainDocument(domain, tenant, newStatus, mailServer, dmarc, expected,
                List.copyOf(results), checkedAt, nextAt, problem, removalBlockers, ownershipProven, expiresAt);
    }

    /** Ownership seen once: no expiry any more, whatever DNS says later. */
    MailDomainDocument withOwnershipProven() {
        return new MailDomainDocument(domain, tenant, status, mailServer, dmarc, expected, checks,
                lastCheckedAt, nextCheckAt, problem, removalBlockers, true, null);
    }

    MailDomainDocument expiringAt(Instant at) {
        return new MailDomainDocument(domain, tenant, status, mailServer, dmarc, expected, checks,
                lastCheckedAt, nextCheckAt, problem, removalBlockers, ownershipProven, at);
    }

    MailDomainDocument withDmarc(DmarcPolicy policy, List<ExpectedDnsRecord> records) {
        return new MailDomainDocument(domain, tenant, status, mailServer, policy, records, checks,
                lastCheckedAt, nextCheckAt, problem, removalBlockers, ownershipProven, expiresAt);
    }

    /**
     * Each expected record with its last check. A record not checked yet, or whose expected value changed since
     * (a new DMARC policy), shows what was found last but no verdict of OK: the next check gives the real one.
     */
    MailDomainView toView(boolean primary) {
        List<RecordCheck> records = expected.stream().map(this::lastCheckOf).toList();
        return new MailDomainView(domain, tenant, status, primary, mailServer, records, lastCheckedAt, nextCheckAt,
                problem, removalBlockers, ownership(), expiresAt);
    }

    /** proven; lost: proven once, its record gone now (the domain stays the tenant's); unproven: never seen. */
    private String ownership() {
        if (!ownershipProven) {
            return "unproven";
        }
        boolean gone = checks.stream().anyMatch(c -> c.type() == DnsRecordType.OWNERSHIP
                && (c.status() == RecordCheckStatus.MISSING || c.status() == RecordCheckStatus.MISMATCH));
        return gone ? "lost" : "proven";
    }

    private RecordCheck lastCheckOf(ExpectedDnsRecord record) {
        RecordCheck last = checks.stream()
                .filter(c -> c.type() == record.type() && c.name().equals(record.name()))
                .findFirst().orElse(null);
        if (last == null) {
            return new RecordCheck(record.type(), record.name(), record.value(), List.of(), RecordCheckStatus.MISSING,
                    "not checked yet");
        }
        if (last.expected().equals(record.value())) {
            return last;
        }
        return new RecordCheck(record.type(), record.name(), record.value(), last.found(),
                last.found().isEmpty() ? RecordCheckStatus.MISSING : RecordCheckStatus.MISMATCH,
                "the expected value changed; the next check compares against it");
    }
}
