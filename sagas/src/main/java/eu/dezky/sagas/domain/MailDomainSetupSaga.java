package eu.dezky.sagas.domain;

import eu.dezky.adapters.dns.ExpectedRecords;
import eu.dezky.adapters.dns.RecordKind;
import eu.dezky.adapters.dns.ZoneFileParser;
import eu.dezky.adapters.http.AdapterException;
import eu.dezky.adapters.stalwart.StalwartClient;
import eu.dezky.adapters.stalwart.StalwartDomain;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.ExpectedDnsRecord;
import eu.dezky.api.domain.MailDomainAddedEvent;
import eu.dezky.api.domain.MailDomainProvisionedEvent;
import eu.dezky.api.domain.MailDomainProvisioningFailedEvent;
import eu.dezky.api.domain.MailDomainRemovalRequestedEvent;
import eu.dezky.api.domain.MailDomainSetupCancelledEvent;
import eu.dezky.api.domain.RecordMailDomainSetupCancelledCommand;
import eu.dezky.api.domain.RecordMailDomainProvisionedCommand;
import eu.dezky.api.domain.RecordMailDomainProvisioningFailedCommand;
import eu.dezky.api.domain.RecordMailDomainProvisioningSkippedCommand;
import eu.dezky.api.domain.RecordMailDomainStepCommand;
import eu.dezky.sagas.mail.MailSteps;
import eu.dezky.sagas.steps.Done;
import eu.dezky.sagas.steps.Failure;
import eu.dezky.sagas.steps.NotYet;
import eu.dezky.sagas.steps.Step;
import eu.dezky.sagas.steps.StepEnd;
import eu.dezky.sagas.steps.StepFailed;
import eu.dezky.sagas.steps.StepReport;
import eu.dezky.sagas.steps.StepSaga;
import eu.dezky.sagas.steps.StepTable;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

/**
 * Registers a new mail domain in Stalwart and records the DNS records to publish, as one mail-server step on the step
 * engine: create-or-adopt the domain (safe to repeat after a crash), wait for Stalwart to generate its DKIM keys
 * (looked for again after each interval, without counting an attempt, for a bounded number of looks), read its zone
 * file and keep MX, SPF, DKIM and DMARC plus our ownership token. A step given up undoes the domain's registration,
 * found by its name (so a create whose answer was lost is undone too), and records a failure a person can act on.
 * Stalwart switched off: the step is skipped and the domain expects the ownership record only. A removal while it
 * runs cancels it and undoes the registration. Ends when the domain's aggregate has recorded the outcome or the
 * cancellation.
 */
public class MailDomainSetupSaga extends StepSaga {

    @Autowired
    private transient StalwartClient stalwart;
    @Autowired
    private transient DomainSagaSettings settings;

    private DomainName domain;
    private String ownershipToken;
    /** Set once the domain exists in Stalwart. */
    private String stalwartDomainId;
    private int dkimLooks;
    private List<ExpectedDnsRecord> expected = new ArrayList<>();
    /** A removal cancelled the set-up: its end reports the cancellation, not an outcome. */
    private boolean cancelled;

    @StartSaga
    @SagaEventHandler(associationProperty = "domain")
    void on(MailDomainAddedEvent event) {
        domain = event.domain();
        ownershipToken = event.ownershipToken();
        startSteps();
    }

    /**
     * A removal while the set-up runs cancels it: the pending retry is dropped and the registration undone (also one
     * already finished whose outcome the domain has not recorded yet), then the cancellation is reported.
     */
    @SagaEventHandler(associationProperty = "domain")
    void on(MailDomainRemovalRequestedEvent event) {
        if (event.setupRunning() && !cancelled) {
            cancelled = true;
            abandonSteps("the domain is being removed");
        }
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "domain")
    void on(MailDomainSetupCancelledEvent event) {
        // the removal goes on without us
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

    @Override
    protected StepTable steps() {
        return StepTable.compensating(Step.step(MailSteps.MAIL_SERVER, systems.stalwart())
                        .invoke(this::register)
                        .withCompensation(this::unregister)
                        .compensatingAFailedTry()
                        .retryingNotFound())
                .failing(this::reason)
                .leaving(f -> "the domain could not be removed from Stalwart again, id " + stalwartDomainId + ": "
                        + f.reason() + "; an operator must delete it there");
    }

    /** Resumes wherever the last try stopped: the Stalwart id is only set once the domain exists there. */
    private Done register() {
        try {
            if (stalwartDomainId == null) {
                stalwartDomainId = stalwart.createOrAdoptDomain(domain.value()).id();
            }
            if (stalwart.listDkimSignatures(stalwartDomainId).isEmpty()) {
                throw waitForDkim();
            }
            ExpectedRecords records = zoneFile(stalwart.getDomain(stalwartDomainId));
            if (records == null || records.ofKind(RecordKind.DKIM).isEmpty()) {
                // keys exist but the zone file does not show them yet: same wait as for the keys themselves
                throw waitForDkim();
            }
            expected = DnsRecordMapping.toContract(records.withOwnershipToken(ownershipToken));
            return Done.object(stalwartDomainId);
        } catch (AdapterException e) {
            if (e.kind() == AdapterException.Kind.NOT_FOUND) {
                // deleted in Stalwart behind our back between two tries: create it again on the next one
                stalwartDomainId = null;
            }
            throw e;
        }
    }

    private ExpectedRecords zoneFile(StalwartDomain registered) {
        try {
            return registered.dnsZoneFile() == null ? null
                    : ZoneFileParser.parse(domain.value(), registered.dnsZoneFile());
        } catch (IllegalArgumentException e) {
            throw new StepFailed("Stalwart's DNS zone file for " + domain + " could not be read (" + e.getMessage()
                    + "); check the domain in Stalwart's admin, then remove the domain here and add it again");
        }
    }

    private RuntimeException waitForDkim() {
        dkimLooks++;
        if (dkimLooks >= settings.dkimWaitAttempts()) {
            return new StepFailed("Stalwart has not generated DKIM keys for " + domain + " after " + dkimLooks
                    + " looks over " + settings.dkimWaitInterval().multipliedBy(dkimLooks) + "; check that the"
                    + " domain's DKIM management is Automatic and Stalwart's task queue runs, then remove the domain"
                    + " here and add it again");
        }
        return new NotYet(settings.dkimWaitInterval(), "waiting for Stalwart to generate the DKIM keys of " + domain);
    }

    /** Finds the domain by its name, so a registration whose answer was lost is undone too; null: nothing there. */
    private Done unregister() {
        StalwartDomain registered = stalwart.findDomain(domain.value()).orElse(null);
        if (registered == null) {
            return null;
        }
        stalwartDomainId = registered.id();
        stalwart.destroyDomainWithDkimKeys(stalwartDomainId);
        return Done.object(stalwartDomainId);
    }

    private String reason(Failure f) {
        return switch (f.error().kind()) {
            case TRANSIENT, NOT_FOUND -> "Stalwart could not register " + domain + " after " + f.attempts()
                    + " attempts (last: " + f.reason() + "); check that Stalwart is reachable, then remove the domain"
                    + " here and add it again";
            case CONFLICT -> "Stalwart already has " + domain + " in a way we cannot adopt (" + f.reason()
                    + "); an operator must resolve it in Stalwart, then remove the domain here and add it again";
            case REJECTED -> "Stalwart refused to register " + domain + ": " + f.reason() + "; fix the cause"
                    + " (credentials, permissions or the name), then remove the domain and add it again";
        };
    }

    @Override
    public void report(Step step, StepReport report) {
        commandGateway.send(new RecordMailDomainStepCommand(domain, MailSteps.status(report)));
    }

    @Override
    public void finished(StepEnd end) {
        if (cancelled) {
            commandGateway.send(new RecordMailDomainSetupCancelledCommand(domain,
                    end.leftovers().isEmpty() ? null : stalwartDomainId));
        } else if (end.failed()) {
            String leftover = end.leftovers().isEmpty() ? "" : " (" + end.leftovers().get(0).detail() + ")";
            commandGateway.send(new RecordMailDomainProvisioningFailedCommand(domain, end.reason() + leftover));
        } else if (!systems.stalwart().enabled()) {
            commandGateway.send(new RecordMailDomainProvisioningSkippedCommand(domain,
                    "mail provisioning is switched off (STALWART_PROVISIONING_ENABLED=false): the domain is not"
                            + " registered in the mail server and only the ownership record is expected"));
        } else {
            commandGateway.send(new RecordMailDomainProvisionedCommand(domain, stalwartDomainId, expected));
        }
    }
}
