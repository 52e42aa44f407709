package eu.dezky.sagas.domain;

import eu.dezky.adapters.http.AdapterException;
import eu.dezky.adapters.stalwart.LinkedObject;
import eu.dezky.adapters.stalwart.StalwartClient;
import eu.dezky.adapters.stalwart.StalwartError;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.MailDomainRemovalRefusedEvent;
import eu.dezky.api.domain.MailDomainRemovalRequestedEvent;
import eu.dezky.api.domain.MailDomainRemovedEvent;
import eu.dezky.api.domain.MailDomainSetupCancelledEvent;
import eu.dezky.api.domain.RecordMailDomainRemovalRefusedCommand;
import eu.dezky.api.domain.RecordMailDomainRemovedCommand;
import eu.dezky.api.domain.RecordMailDomainStepCommand;
import eu.dezky.sagas.mail.MailSteps;
import eu.dezky.sagas.steps.Done;
import eu.dezky.sagas.steps.Failure;
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

import java.util.List;

/**
 * Removes a domain from Stalwart, guarded, as one mail-server step on the step engine: first looks for anything
 * still using it (accounts, aliases, lists) and, if there is anything, refuses without touching a thing; otherwise
 * destroys it with its DKIM keys. Should a user appear in between, Stalwart's {@code objectIsLinked} answer is
 * reported the same way. A domain already gone (also when looked up after the last failed try) counts as removed.
 * When retries run out, or Stalwart rejects the request, the removal is refused with the reason, which restores the
 * domain's previous status so the admin can try again. A domain never registered in Stalwart, or Stalwart switched
 * off, skips the step: an operator removes any leftover by hand. A removal that cancelled a running set-up waits until
 * the set-up has undone its registration.
 */
public class MailDomainRemovalSaga extends StepSaga {

    @Autowired
    private transient StalwartClient stalwart;

    private DomainName domain;
    private String stalwartDomainId;
    /** What still uses the domain, once the mail server named it: the removal is refused with these. */
    private List<String> blockers;
    private boolean afterCancelledSetup;

    @StartSaga
    @SagaEventHandler(associationProperty = "domain")
    void on(MailDomainRemovalRequestedEvent event) {
        domain = event.domain();
        stalwartDomainId = event.stalwartDomainId();
        if (!event.setupRunning()) {
            startSteps();
        }
    }

    /** The cancelled set-up has undone its work; what it could not undo is removed here, guarded as always. */
    @SagaEventHandler(associationProperty = "domain")
    void on(MailDomainSetupCancelledEvent event) {
        stalwartDomainId = event.leftoverStalwartDomainId();
        afterCancelledSetup = true;
        startSteps();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "domain")
    void on(MailDomainRemovedEvent event) {
        // done
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "domain")
    void on(MailDomainRemovalRefusedEvent event) {
        // the domain is back to its previous status; a new removal starts a new saga
    }

    @Override
    protected StepTable steps() {
        return StepTable.compensating(Step.step(MailSteps.MAIL_SERVER, systems.stalwart())
                        .skippedBecause(stalwartDomainId != null ? null : afterCancelledSetup
                                ? "the cancelled set-up left nothing in the mail server" : "never registered in the mail server")
                        .invoke(this::remove)
                        .doneWhen(() -> stalwart.findDomain(domain.value()).filter(d -> d.id().equals(stalwartDomainId))
                                .isEmpty() ? Done.detail("already gone") : null))
                .failing(this::reason);
    }

    /** Reads what uses the domain before destroying anything, so a refused removal has changed nothing. */
    private Done remove() {
        try {
            refuseIfUsed(MailDomainUsers.of(stalwart, stalwartDomainId));
            stalwart.destroyDomainWithDkimKeys(stalwartDomainId);
            return Done.plain();
        } catch (AdapterException e) {
            switch (e.kind()) {
                case NOT_FOUND -> {
                    return Done.detail("already gone");
                }
                case CONFLICT -> {
                    List<LinkedObject> linked = StalwartError.of(e).map(StalwartError::linkedObjects).orElse(List.of());
                    refuseIfUsed(linked.isEmpty() ? List.of("the mail server refused: " + e.reason())
                            : MailDomainUsers.describe(stalwart, linked));
                    throw e;
                }
                default -> throw e;
            }
        }
    }

    private void refuseIfUsed(List<String> users) {
        if (!users.isEmpty()) {
            blockers = List.copyOf(users);
            throw new StepFailed(domain + " is still in use by: " + String.join(", ", users));
        }
    }

    private String reason(Failure f) {
        return f.exhausted()
                ? "the mail server did not answer after " + f.attempts() + " attempts (last: " + f.reason()
                        + "); try again later"
                : "the mail server rejected the removal: " + f.reason();
    }

    @Override
    public void report(Step step, StepReport report) {
        commandGateway.send(new RecordMailDomainStepCommand(domain, MailSteps.status(report)));
    }

    @Override
    public void finished(StepEnd end) {
        commandGateway.send(end.failed()
                ? new RecordMailDomainRemovalRefusedCommand(domain, blockers != null ? blockers : List.of(end.reason()))
                : new RecordMailDomainRemovedCommand(domain));
    }
}
