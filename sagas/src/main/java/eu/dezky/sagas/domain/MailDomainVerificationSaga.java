package eu.dezky.sagas.domain;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import eu.dezky.adapters.dns.DnsVerifier;
import eu.dezky.api.domain.DmarcPolicyChangedEvent;
import eu.dezky.api.domain.DnsRecordType;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.ExpectedDnsRecord;
import eu.dezky.api.domain.MailDomainCheckRequestedEvent;
import eu.dezky.api.domain.MailDomainCheckedEvent;
import eu.dezky.api.domain.MailDomainProvisionedEvent;
import eu.dezky.api.domain.MailDomainRemovedEvent;
import eu.dezky.api.domain.RecordCheck;
import eu.dezky.api.domain.RecordCheckStatus;
import eu.dezky.api.domain.RecordMailDomainCheckCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Watches a provisioned domain's DNS records for as long as it exists: checks at once, then on a deadline (often
 * while not verified, daily once verified), and now when the admin asks. Each check is reported with the time of
 * the next one; the aggregate decides the status. The expected DMARC record follows the admin's policy changes.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class MailDomainVerificationSaga {

    static final String RECHECK = "mail-domain-recheck";
    private static final Logger log = LoggerFactory.getLogger(MailDomainVerificationSaga.class);

    @Autowired
    private transient DnsVerifier verifier;
    @Autowired
    private transient CommandGateway commandGateway;
    @Autowired
    private transient DeadlineManager deadlineManager;
    @Autowired
    private transient DomainSagaSettings settings;

    private DomainName domain;
    private boolean mailServer;
    private List<ExpectedDnsRecord> expected = new ArrayList<>();
    private DomainStatus status = DomainStatus.PENDING;
    private String recheckId;

    @StartSaga
    @SagaEventHandler(associationProperty = "domain")
    void on(MailDomainProvisionedEvent event, @Timestamp Instant at) {
        domain = event.domain();
        mailServer = event.stalwartDomainId() != null;
        expected = new ArrayList<>(event.expectedRecords());
        check(at);
    }

    @SagaEventHandler(associationProperty = "domain")
    void on(MailDomainCheckRequestedEvent event, @Timestamp Instant at) {
        check(at);
    }

    @DeadlineHandler(deadlineName = RECHECK)
    void recheck(@Timestamp Instant at) {
        recheckId = null;
        check(at);
    }

    /** Without a mail server the domain sends no mail through us, so there is no DMARC record to expect. */
    @SagaEventHandler(associationProperty = "domain")
    void on(DmarcPolicyChangedEvent event) {
        boolean had = expected.removeIf(r -> r.type() == DnsRecordType.DMARC);
        if (had || mailServer) {
            expected.add(new ExpectedDnsRecord(DnsRecordType.DMARC, "_dmarc." + domain.value(), event.policy().record()));
        }
    }

    @SagaEventHandler(associationProperty = "domain")
    void on(MailDomainCheckedEvent event) {
        status = event.status();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "domain")
    void on(MailDomainRemovedEvent event) {
        cancelRecheck();
    }

    private void check(Instant now) {
        cancelRecheck();
        List<RecordCheck> results;
        try {
            results = DnsRecordMapping.toContract(verifier.verify(DnsRecordMapping.toVerifier(domain.value(), expected)));
        } catch (RuntimeException e) {
            // the verifier reports lookup failures per record; anything else is a bug worth a log line, not a verdict
            log.warn("DNS check of {} failed: {}", domain, e.toString());
            results = expected.stream().map(r -> new RecordCheck(r.type(), r.name(), r.value(), List.of(),
                    RecordCheckStatus.LOOKUP_FAILED, "the check could not run: " + e.getMessage())).toList();
        }
        Instant next = now.plus(interval(results));
        recheckId = deadlineManager.schedule(next, RECHECK);
        commandGateway.send(new RecordMailDomainCheckCommand(domain, results, now, next));
    }

    /** Daily once everything is right; often while anything is missing; failed lookups keep the current pace. */
    private Duration interval(List<RecordCheck> results) {
        boolean wrong = results.stream().anyMatch(r -> r.status() == RecordCheckStatus.MISSING
                || r.status() == RecordCheckStatus.MISMATCH);
        boolean allOk = results.stream().allMatch(r -> r.status() == RecordCheckStatus.OK);
        if (allOk || (!wrong && status == DomainStatus.VERIFIED)) {
            return settings.recheckVerified();
        }
        return settings.recheckPending();
    }

    private void cancelRecheck() {
        if (recheckId != null) {
            deadlineManager.cancelSchedule(RECHECK, recheckId);
            recheckId = null;
        }
    }
}
