package eu.dezky.sagas.mail;

import com.fasterxml.jackson.annotation.JsonAlias;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.claim.ReleaseMailAddressCommand;
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
import eu.dezky.sagas.steps.Done;
import eu.dezky.sagas.steps.Step;
import eu.dezky.sagas.steps.StepEnd;
import eu.dezky.sagas.steps.StepReport;
import eu.dezky.sagas.steps.StepSaga;
import eu.dezky.sagas.steps.StepTable;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

/**
 * A distribution list's operations in Stalwart ({@code x:MailingList}): create, change (replace name and recipients),
 * remove, each a one-step table on the step engine. The aggregate lets one operation run at a time, so this saga,
 * alive from creation to removal, always has a single target state. A create given up is undone (the list destroyed,
 * the address freed); a change given up puts the previous name and recipients back; an undo or removal that keeps
 * failing is parked as needs-attention and the address stays claimed. Before giving up, the list is looked at: the
 * wanted recipients already there (or the list gone) count as done.
 */
public class MailingListSaga extends StepSaga {

    /** What the saga is doing now; the undos older versions stored belong to a create or change being given up. */
    enum Operation { @JsonAlias("UNDO_CREATE") CREATE, @JsonAlias("UNDO_CHANGE") CHANGE, REMOVE }

    @Autowired
    private transient MailServer server;

    private MailingListId id;
    private String name;
    private List<String> recipients;
    private String previousName;
    private List<String> previousRecipients;
    private Operation operation;

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
        operation = next;
        startSteps();
    }

    @Override
    protected StepTable steps() {
        MailAddress address = id.address();
        Step step = MailSteps.step(systems).invoke(this::remove);
        Step.Lookup gone = () -> server.hasList(address, null) ? null : Done.plain();
        if (operation == Operation.REMOVE) {
            return StepTable.parking(step.doneWhen(gone))
                    .failing(f -> MailSteps.reason(f, "remove the list " + address, address));
        }
        boolean create = operation == Operation.CREATE;
        step.invoke(() -> put(name, recipients))
                .doneWhen(() -> server.hasList(address, recipients) ? Done.plain() : null)
                .compensatingAFailedTry();
        if (create) {
            step.withCompensation(this::remove).undoneWhen(gone);
        } else {
            step.withCompensation(() -> put(previousName, previousRecipients))
                    .undoneWhen(() -> server.hasList(address, previousRecipients) ? Done.plain() : null);
        }
        return StepTable.compensating(step)
                .failing(f -> MailSteps.reason(f, (create ? "create" : "change") + " the list " + address, address))
                .leaving(f -> create
                        ? "the list may still be in Stalwart (" + MailSteps.reason(f, "remove the list " + address,
                                address) + ")"
                        : "Stalwart may still have the changed list (" + MailSteps.reason(f, "restore the list "
                                + address, address) + ")");
    }

    private Done put(String listName, List<String> listRecipients) {
        server.putList(id.address(), listName, listRecipients);
        return Done.plain();
    }

    private Done remove() {
        server.removeList(id.address());
        return Done.plain();
    }

    @Override
    public void report(Step step, StepReport report) {
        commandGateway.send(new RecordMailingListStepCommand(id, MailSteps.status(report)));
    }

    @Override
    public void finished(StepEnd end) {
        boolean left = !end.leftovers().isEmpty();
        if (!left && (operation == Operation.REMOVE || operation == Operation.CREATE && end.failed())) {
            // only this list's own claim is released (the claimant is the list id)
            commandGateway.send(new ReleaseMailAddressCommand(id.address(), id.toString()));
        }
        if (operation == Operation.REMOVE) {
            commandGateway.send(left ? new RecordMailingListRemovalFailedCommand(id, end.leftovers().get(0).detail()
                    + "; then remove the list again") : new RecordMailingListRemovedCommand(id));
        } else if (!end.failed()) {
            commandGateway.send(new RecordMailingListProvisionedCommand(id));
        } else {
            String reason = operation == Operation.CREATE ? end.reason() + "; then create the list again"
                    : "the change failed and the previous name and recipients were put back: " + end.reason();
            commandGateway.send(new RecordMailingListProvisioningFailedCommand(id, reason + end.leftoverText(), left));
        }
    }
}
