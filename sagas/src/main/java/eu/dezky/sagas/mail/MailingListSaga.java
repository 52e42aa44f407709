package eu.dezky.sagas.mail;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import eu.dezky.adapters.http.AdapterException;
import eu.dezky.api.mail.MailingListChangedEvent;
import eu.dezky.api.mail.MailingListCreatedEvent;
import eu.dezky.api.mail.MailingListId;
import eu.dezky.api.mail.MailingListProvisioningFailedEvent;
import eu.dezky.api.mail.MailingListRemovalFailedEvent;
import eu.dezky.api.mail.MailingListRemovalRequestedEvent;
import eu.dezky.api.mail.MailingListRemovedEvent;
import eu.dezky.api.mail.RecordMailingListProvisionedCommand;
import eu.dezky.api.mail.RecordMailingListProvisioningFailedCommand;
import eu.dezky.api.mail.RecordMailingListRemovalFailedCommand;
import eu.dezky.api.mail.RecordMailingListRemovedCommand;
import eu.dezky.api.mail.RecordMailingListStepCommand;
import eu.dezky.api.claim.ReleaseMailAddressCommand;
import eu.dezky.api.operation.StepState;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

/**
 * A distribution list's operations in Stalwart ({@code x:MailingList}): create, change (replace name and recipients),
 * remove. The aggregate lets one operation run at a time, so this saga, alive from creation to removal, always has a
 * single target state. Transient failures retry on a deadline with backoff. A create that fails for good is undone
 * (the list destroyed, the address freed); a change that fails for good puts the previous name and recipients back;
 * an undo or removal that keeps failing is reported as needs-attention and the address stays claimed.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class MailingListSaga {

    static final String RETRY = "mailing-list-retry";

    /** What the saga is doing now; the undo operations are the compensations of create and change. */
    enum Operation { CREATE, UNDO_CREATE, CHANGE, UNDO_CHANGE, REMOVE }

    @Autowired
    private transient MailServer server;
    @Autowired
    private transient CommandGateway commandGateway;
    @Autowired
    private transient DeadlineManager deadlineManager;
    @Autowired
    private transient MailSagaSettings settings;

    private MailingListId id;
    private String name;
    private List<String> recipients;
    private String previousName;
    private List<String> previousRecipients;
    private Operation operation;
    private String failure;
    private StalwartCall call = new StalwartCall();

    @StartSaga
    @SagaEventHandler(associationProperty = "id")
    void on(MailingListCreatedEvent event) {
        id = event.id();
        name = event.name();
        recipients = event.recipients().addresses();
        start(Operation.CREATE);
    }

    /** Handled by the list's saga; starts one only when none is alive (a list that needed attention). */
    @StartSaga
    @SagaEventHandler(associationProperty = "id")
    void on(MailingListChangedEvent event) {
        id = event.id();
        name = event.name();
        recipients = event.recipients().addresses();
        previousName = event.previousName();
        previousRecipients = event.previousRecipients().addresses();
        start(Operation.CHANGE);
    }

    /** Handled by the list's saga; starts one only when none is alive (a list that needed attention). */
    @StartSaga
    @SagaEventHandler(associationProperty = "id")
    void on(MailingListRemovalRequestedEvent event) {
        id = event.id();
        start(Operation.REMOVE);
    }

    @DeadlineHandler(deadlineName = RETRY)
    void retry() {
        call.retrying();
        run();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "id")
    void on(MailingListProvisioningFailedEvent event) {
        // the create failed and was undone (address free) or parked as needs-attention
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "id")
    void on(MailingListRemovedEvent event) {
        // done
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "id")
    void on(MailingListRemovalFailedEvent event) {
        // parked as needs-attention; a new change or removal starts a new saga
    }

    private void start(Operation next) {
        call.restart(deadlineManager, RETRY);
        operation = next;
        run();
    }

    private void run() {
        if (!settings.stalwartEnabled()) {
            report(StepState.SKIPPED, 0, "Stalwart provisioning is switched off");
            finish();
            return;
        }
        try {
            switch (operation) {
                case CREATE, CHANGE -> server.putList(id.address(), name, recipients);
                case UNDO_CHANGE -> server.putList(id.address(), previousName, previousRecipients);
                case UNDO_CREATE, REMOVE -> server.removeList(id.address());
            }
        } catch (AdapterException e) {
            onFailure(e);
            return;
        }
        boolean undo = operation == Operation.UNDO_CREATE || operation == Operation.UNDO_CHANGE;
        report(undo ? StepState.COMPENSATED : StepState.DONE, 0, null);
        finish();
    }

    private void finish() {
        switch (operation) {
            case CREATE, CHANGE -> commandGateway.send(new RecordMailingListProvisionedCommand(id));
            case UNDO_CREATE -> {
                release();
                commandGateway.send(new RecordMailingListProvisioningFailedCommand(id, failure, false));
            }
            case UNDO_CHANGE -> commandGateway.send(new RecordMailingListProvisioningFailedCommand(id, failure, false));
            case REMOVE -> {
                release();
                commandGateway.send(new RecordMailingListRemovedCommand(id));
            }
        }
    }

    private void onFailure(AdapterException e) {
        if (call.retryLater(e, settings, deadlineManager, RETRY)) {
            report(StepState.RETRYING, call.attempts(), e.reason());
        } else {
            giveUp(call.giveUpReason(e, verb(), id.address()));
        }
    }

    private String verb() {
        return switch (operation) {
            case CREATE -> "create the list ";
            case CHANGE -> "change the list ";
            case UNDO_CHANGE -> "restore the list ";
            case UNDO_CREATE, REMOVE -> "remove the list ";
        } + id.address();
    }

    private void giveUp(String reason) {
        switch (operation) {
            case CREATE -> {
                report(StepState.FAILED, call.attempts(), reason);
                failure = reason + "; then create the list again";
                start(Operation.UNDO_CREATE);
            }
            case CHANGE -> {
                report(StepState.FAILED, call.attempts(), reason);
                failure = "the change failed and the previous name and recipients were put back: " + reason;
                start(Operation.UNDO_CHANGE);
            }
            case UNDO_CREATE, UNDO_CHANGE -> {
                String left = operation == Operation.UNDO_CREATE
                        ? "the list may still be in Stalwart (" + reason + ")"
                        : "Stalwart may still have the changed list (" + reason + ")";
                report(StepState.NEEDS_ATTENTION, call.attempts(), left);
                commandGateway.send(new RecordMailingListProvisioningFailedCommand(id, failure + "; " + left, true));
            }
            case REMOVE -> {
                report(StepState.NEEDS_ATTENTION, call.attempts(), reason);
                commandGateway.send(new RecordMailingListRemovalFailedCommand(id, reason
                        + "; then remove the list again"));
            }
        }
    }

    /** Only this list's own claim is released (the claimant is the list id). */
    private void release() {
        commandGateway.send(new ReleaseMailAddressCommand(id.address(), id.toString()));
    }

    private void report(StepState state, int attempt, String detail) {
        commandGateway.send(new RecordMailingListStepCommand(id,
                StalwartCall.status(settings, state, attempt, detail)));
    }
}
