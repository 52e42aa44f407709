package eu.dezky.sagas.domain;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import eu.dezky.adapters.dns.ExpectedRecords;
import eu.dezky.adapters.dns.RecordKind;
import eu.dezky.adapters.dns.ZoneFileParser;
import eu.dezky.adapters.http.AdapterException;
import eu.dezky.adapters.stalwart.StalwartClient;
import eu.dezky.adapters.stalwart.StalwartDomain;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.MailDomainAddedEvent;
import eu.dezky.api.domain.MailDomainProvisionedEvent;
import eu.dezky.api.domain.MailDomainProvisioningFailedEvent;
import eu.dezky.api.domain.RecordMailDomainProvisionedCommand;
import eu.dezky.api.domain.RecordMailDomainProvisioningFailedCommand;
import eu.dezky.api.domain.RecordMailDomainProvisioningSkippedCommand;
import eu.dezky.sagas.Attempts;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Registers a new mail domain in Stalwart and records the DNS records to publish: create-or-adopt the domain (safe
 * to repeat after a crash), wait for Stalwart to generate its DKIM keys, read its zone file and keep MX, SPF, DKIM
 * and DMARC plus our ownership token. Transient failures are retried on a deadline with exponential backoff;
 * anything else, or too many retries, undoes the domain's creation in Stalwart and is recorded as a failure a
 * person can act on. Stalwart switched off: the
 * step is recorded as skipped. Ends when the domain's aggregate has recorded the outcome.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class MailDomainSetupSaga {

    static final String RETRY = "mail-domain-setup-retry";
    static final String DKIM_WAIT = "mail-domain-setup-dkim-wait";

    @Autowired
    private transient StalwartClient stalwart;
    @Autowired
    private transient CommandGateway commandGateway;
    @Autowired
    private transient DeadlineManager deadlineManager;
    @Autowired
    private transient DomainSagaSettings settings;

    private DomainName domain;
    private String ownershipToken;
    private String stalwartDomainId;
    private Attempts failedAttempts = Attempts.NONE;
    private int dkimLooks;

    @StartSaga
    @SagaEventHandler(associationProperty = "domain")
    void on(MailDomainAddedEvent event) {
        domain = event.domain();
        ownershipToken = event.ownershipToken();
        if (!settings.stalwartEnabled()) {
            commandGateway.send(new RecordMailDomainProvisioningSkippedCommand(domain,
                    "mail provisioning is switched off (STALWART_PROVISIONING_ENABLED=false): the domain is not"
                            + " registered in the mail server and only the ownership record is expected"));
            return;
        }
        step();
    }

    @DeadlineHandler(deadlineName = RETRY)
    void retry() {
        step();
    }

    @DeadlineHandler(deadlineName = DKIM_WAIT)
    void lookForDkimKeys() {
        step();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "domain")
    void on(MailDomainProvisionedEvent event) {
        // the outcome is recorded; nothing left to do
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "domain")
    void on(MailDomainProvisioningFailedEvent event) {
        // the failure is recorded; the admin may remove the domain and add it again
    }

    /** Resumes wherever the last run stopped: the Stalwart id is only set once the domain exists there. */
    private void step() {
        try {
            if (stalwartDomainId == null) {
                stalwartDomainId = stalwart.createOrAdoptDomain(domain.value()).id();
            }
            if (stalwart.listDkimSignatures(stalwartDomainId).isEmpty()) {
                waitForDkim();
                return;
            }
            StalwartDomain registered = stalwart.getDomain(stalwartDomainId);
            ExpectedRecords expected = registered.dnsZoneFile() == null ? null
                    : ZoneFileParser.parse(domain.value(), registered.dnsZoneFile());
            if (expected == null || expected.ofKind(RecordKind.DKIM).isEmpty()) {
                // keys exist but the zone file does not show them yet: same wait as for the keys themselves
                waitForDkim();
                return;
            }
            commandGateway.send(new RecordMailDomainProvisionedCommand(domain, stalwartDomainId,
                    DnsRecordMapping.toContract(expected.withOwnershipToken(ownershipToken))));
        } catch (AdapterException e) {
            onFailure(e);
        } catch (IllegalArgumentException e) {
            fail("Stalwart's DNS zone file for " + domain + " could not be read (" + e.getMessage()
                    + "); check the domain in Stalwart's admin, then remove the domain here and add it again");
        }
    }

    private void waitForDkim() {
        dkimLooks++;
        if (dkimLooks >= settings.dkimWaitAttempts()) {
            fail("Stalwart has not generated DKIM keys for " + domain + " after " + dkimLooks + " looks over "
                    + settings.dkimWaitInterval().multipliedBy(dkimLooks) + "; check that the domain's DKIM management"
                    + " is Automatic and Stalwart's task queue runs, then remove the domain here and add it again");
            return;
        }
        deadlineManager.schedule(settings.dkimWaitInterval(), DKIM_WAIT);
    }

    private void onFailure(AdapterException e) {
        switch (e.kind()) {
            case TRANSIENT -> retryLater(e);
            case NOT_FOUND -> {
                // deleted in Stalwart behind our back between two steps: create it again on the next try
                stalwartDomainId = null;
                retryLater(e);
            }
            case CONFLICT -> fail("Stalwart already has " + domain + " in a way we cannot adopt (" + e.reason()
                    + "); an operator must resolve it in Stalwart, then remove the domain here and add it again");
            case REJECTED -> fail("Stalwart refused to register " + domain + ": " + e.reason()
                    + "; fix the cause (credentials, permissions or the name), then remove the domain and add it again");
        }
    }

    private void retryLater(AdapterException e) {
        failedAttempts = failedAttempts.failed();
        if (!failedAttempts.allowRetry(settings.retryMaxAttempts())) {
            fail("Stalwart could not register " + domain + " after " + failedAttempts.count() + " attempts (last: "
                    + e.reason() + "); check that Stalwart is reachable, then remove the domain here and add it again");
            return;
        }
        deadlineManager.schedule(failedAttempts.nextDelay(settings.backoff(), e), RETRY);
    }

    /**
     * Compensates first: a domain already created in Stalwart is destroyed again (with any DKIM keys), so the failed
     * domain leaves nothing behind and can be added afresh. If that fails too, the reason says what is left over.
     */
    private void fail(String reason) {
        String leftover = "";
        if (stalwartDomainId != null) {
            try {
                stalwart.destroyDomainWithDkimKeys(stalwartDomainId);
            } catch (AdapterException e) {
                if (e.kind() != AdapterException.Kind.NOT_FOUND) {
                    leftover = " (the domain could not be removed from Stalwart again, id " + stalwartDomainId
                            + ": " + e.reason() + "; an operator must delete it there)";
                }
            }
        }
        commandGateway.send(new RecordMailDomainProvisioningFailedCommand(domain, reason + leftover));
    }
}
