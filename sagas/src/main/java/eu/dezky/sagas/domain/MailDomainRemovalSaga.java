package eu.dezky.sagas.domain;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import eu.dezky.adapters.http.AdapterException;
import eu.dezky.adapters.stalwart.LinkedObject;
import eu.dezky.adapters.stalwart.StalwartClient;
import eu.dezky.adapters.stalwart.StalwartError;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.MailDomainRemovalRefusedEvent;
import eu.dezky.api.domain.MailDomainRemovalRequestedEvent;
import eu.dezky.api.domain.MailDomainRemovedEvent;
import eu.dezky.api.domain.RecordMailDomainRemovalRefusedCommand;
import eu.dezky.api.domain.RecordMailDomainRemovedCommand;
import eu.dezky.sagas.Attempts;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

/**
 * Removes a domain from Stalwart, guarded: first looks for anything still using it (accounts, aliases, lists) and,
 * if there is anything, refuses without touching a thing; otherwise destroys it with its DKIM keys. Should a user
 * appear in between, Stalwart's {@code objectIsLinked} answer is reported the same way. A domain already gone counts
 * as removed. Transient failures are retried on a deadline; when retries run out, or Stalwart rejects the request,
 * the removal is refused with the reason, which restores the domain's previous status so the admin can try again.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class MailDomainRemovalSaga {

    static final String RETRY = "mail-domain-removal-retry";

    @Autowired
    private transient StalwartClient stalwart;
    @Autowired
    private transient CommandGateway commandGateway;
    @Autowired
    private transient DeadlineManager deadlineManager;
    @Autowired
    private transient DomainSagaSettings settings;

    private DomainName domain;
    private String stalwartDomainId;
    private Attempts failedAttempts = Attempts.NONE;

    /**
     * A domain without a Stalwart id was never registered there (skipped or failed before it existed); with Stalwart
     * switched off the engine does not touch it either, so an operator removes any leftover by hand.
     */
    @StartSaga
    @SagaEventHandler(associationProperty = "domain")
    void on(MailDomainRemovalRequestedEvent event) {
        domain = event.domain();
        stalwartDomainId = event.stalwartDomainId();
        if (stalwartDomainId == null || !settings.stalwartEnabled()) {
            commandGateway.send(new RecordMailDomainRemovedCommand(domain));
            return;
        }
        step();
    }

    @DeadlineHandler(deadlineName = RETRY)
    void retry() {
        step();
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

    private void step() {
        try {
            List<String> users = DomainUsers.of(stalwart, stalwartDomainId);
            if (!users.isEmpty()) {
                commandGateway.send(new RecordMailDomainRemovalRefusedCommand(domain, users));
                return;
            }
            stalwart.destroyDomainWithDkimKeys(stalwartDomainId);
            commandGateway.send(new RecordMailDomainRemovedCommand(domain));
        } catch (AdapterException e) {
            onFailure(e);
        }
    }

    private void onFailure(AdapterException e) {
        switch (e.kind()) {
            case NOT_FOUND -> commandGateway.send(new RecordMailDomainRemovedCommand(domain));
            case TRANSIENT -> retryLater(e);
            case CONFLICT -> {
                List<LinkedObject> linked = StalwartError.of(e).map(StalwartError::linkedObjects).orElse(List.of());
                List<String> blockers = linked.isEmpty()
                        ? List.of("the mail server refused: " + e.reason())
                        : DomainUsers.describe(stalwart, linked);
                commandGateway.send(new RecordMailDomainRemovalRefusedCommand(domain, blockers));
            }
            case REJECTED -> commandGateway.send(new RecordMailDomainRemovalRefusedCommand(domain,
                    List.of("the mail server rejected the removal: " + e.reason())));
        }
    }

    private void retryLater(AdapterException e) {
        failedAttempts = failedAttempts.failed();
        if (!failedAttempts.allowRetry(settings.retryMaxAttempts())) {
            commandGateway.send(new RecordMailDomainRemovalRefusedCommand(domain, List.of("the mail server did not"
                    + " answer after " + failedAttempts.count() + " attempts (last: " + e.reason()
                    + "); try again later")));
            return;
        }
        deadlineManager.schedule(failedAttempts.nextDelay(settings.backoff(), e), RETRY);
    }
}
