package eu.dezky.sagas.mail;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import eu.dezky.adapters.http.AdapterException;
import eu.dezky.api.mail.MailAliasCreatedEvent;
import eu.dezky.api.mail.MailAliasId;
import eu.dezky.api.mail.MailAliasProvisioningFailedEvent;
import eu.dezky.api.mail.MailAliasRemovalFailedEvent;
import eu.dezky.api.mail.MailAliasRemovalRequestedEvent;
import eu.dezky.api.mail.MailAliasRemovedEvent;
import eu.dezky.api.mail.RecordMailAliasProvisionedCommand;
import eu.dezky.api.mail.RecordMailAliasProvisioningFailedCommand;
import eu.dezky.api.mail.RecordMailAliasRemovalFailedCommand;
import eu.dezky.api.mail.RecordMailAliasRemovedCommand;
import eu.dezky.api.mail.RecordMailAliasStepCommand;
import eu.dezky.api.mail.RemoveMailAliasCommand;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberRemovedEvent;
import eu.dezky.api.claim.ReleaseMailAddressCommand;
import eu.dezky.api.operation.StepState;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An alias's life in Stalwart, from creation to removal: adds it to the member's account, removes it again when an
 * admin or the member's removal asks. It lives as long as the alias because it is what links the alias to its member
 * (associated by member id), so a {@code MemberRemovedEvent} reaches every alias of that member without a query.
 * Transient failures retry on a deadline with backoff; a permanent failure while adding undoes the add and frees the
 * address; an undo or removal that keeps failing is reported as needs-attention and the address stays claimed,
 * because Stalwart may still route it.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class MailAliasSaga {

    static final String RETRY = "mail-alias-retry";

    /** What the saga is doing now; an undo is the add's compensation. */
    enum Operation { ADD, UNDO, REMOVE }

    @Autowired
    private transient MailServer server;
    @Autowired
    private transient CommandGateway commandGateway;
    @Autowired
    private transient DeadlineManager deadlineManager;
    @Autowired
    private transient MailSagaSettings settings;

    private MailAliasId id;
    private MailAddress mailbox;
    private Operation operation;
    private String failure;
    private StalwartCall call = new StalwartCall();

    @StartSaga
    @SagaEventHandler(associationProperty = "id")
    void on(MailAliasCreatedEvent event) {
        id = event.id();
        mailbox = event.mailbox();
        SagaLifecycle.associateWith("memberId", event.memberId().value());
        start(Operation.ADD);
    }

    /** Starts a saga of its own only when none is alive: a new removal after one that needed attention. */
    @StartSaga
    @SagaEventHandler(associationProperty = "id")
    void on(MailAliasRemovalRequestedEvent event) {
        id = event.id();
        mailbox = event.mailbox();
        failure = null;
        start(Operation.REMOVE);
    }

    /**
     * The member is gone, so is what the alias delivered to: the alias goes too. When the mailbox was kept (the same
     * person's other membership uses it) the alias is taken off the account, else mail for this tenant's address
     * would keep reaching someone who left; when it was not kept, the alias went with the account.
     */
    @SagaEventHandler(associationProperty = "memberId")
    void on(MemberRemovedEvent event) {
        String why = event.mailboxKept()
                ? "the member left this tenant; their mailbox lives on for another membership"
                : "the mailbox it delivered to is gone";
        commandGateway.send(new RemoveMailAliasCommand(id, event.tenantId(),
                "removed with member " + event.mailbox() + ": " + why, java.util.UUID.randomUUID().toString()));
    }

    @DeadlineHandler(deadlineName = RETRY)
    void retry() {
        call.retrying();
        run();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "id")
    void on(MailAliasProvisioningFailedEvent event) {
        // failed and undone (address free) or parked as needs-attention; a new removal starts a new saga
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "id")
    void on(MailAliasRemovedEvent event) {
        // done
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "id")
    void on(MailAliasRemovalFailedEvent event) {
        // parked as needs-attention; a new removal starts a new saga
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
            if (operation == Operation.ADD) {
                server.addAlias(id.address(), mailbox);
            } else {
                server.removeAlias(id.address(), mailbox);
            }
        } catch (AdapterException e) {
            onFailure(e);
            return;
        }
        report(operation == Operation.UNDO ? StepState.COMPENSATED : StepState.DONE, 0, null);
        finish();
    }

    private void finish() {
        switch (operation) {
            case ADD -> commandGateway.send(new RecordMailAliasProvisionedCommand(id));
            case UNDO -> {
                release();
                commandGateway.send(new RecordMailAliasProvisioningFailedCommand(id, failure, false));
            }
            case REMOVE -> {
                release();
                commandGateway.send(new RecordMailAliasRemovedCommand(id));
            }
        }
    }

    private void onFailure(AdapterException e) {
        if (call.retryLater(e, settings, deadlineManager, RETRY)) {
            report(StepState.RETRYING, call.attempts(), (operation == Operation.UNDO ? "undoing: " : "") + e.reason());
        } else {
            giveUp(call.giveUpReason(e, verb(), id.address()));
        }
    }

    private String verb() {
        return (operation == Operation.ADD ? "add " : "remove ") + "the alias " + id.address() + " on " + mailbox;
    }

    private void giveUp(String reason) {
        switch (operation) {
            case ADD -> {
                report(StepState.FAILED, call.attempts(), reason);
                failure = reason + "; then add the alias again";
                start(Operation.UNDO);
            }
            case UNDO -> {
                String left = "the alias may still be on " + mailbox + " in Stalwart (" + reason + ")";
                report(StepState.NEEDS_ATTENTION, call.attempts(), left);
                commandGateway.send(new RecordMailAliasProvisioningFailedCommand(id, failure + "; " + left, true));
            }
            case REMOVE -> {
                report(StepState.NEEDS_ATTENTION, call.attempts(), reason);
                commandGateway.send(new RecordMailAliasRemovalFailedCommand(id, reason + "; then remove the alias"
                        + " again"));
            }
        }
    }

    /** Only this alias's own claim is released (the claimant is the alias id). */
    private void release() {
        commandGateway.send(new ReleaseMailAddressCommand(id.address(), id.toString()));
    }

    private void report(StepState state, int attempt, String detail) {
        commandGateway.send(new RecordMailAliasStepCommand(id, StalwartCall.status(settings, state, attempt, detail)));
    }
}
