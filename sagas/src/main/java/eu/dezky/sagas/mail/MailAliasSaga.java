package eu.dezky.sagas.mail;

import com.fasterxml.jackson.annotation.JsonAlias;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.claim.ReleaseMailAddressCommand;
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
import eu.dezky.api.member.MemberRemovedEvent;
import eu.dezky.sagas.steps.Done;
import eu.dezky.sagas.steps.Step;
import eu.dezky.sagas.steps.StepEnd;
import eu.dezky.sagas.steps.StepReport;
import eu.dezky.sagas.steps.StepSaga;
import eu.dezky.sagas.steps.StepTable;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

/**
 * An alias's life in Stalwart, from creation to removal: adds it to the member's account, removes it again when an
 * admin or the member's removal asks. It lives as long as the alias because it is what links the alias to its member
 * (associated by member id), so a {@code MemberRemovedEvent} reaches every alias of that member without a query.
 * Each operation is a one-step table on the step engine: an add given up is undone (the alias taken off again, the
 * address freed); an undo or a removal that keeps failing is parked as needs-attention and the address stays
 * claimed, because Stalwart may still route it. Before giving up, the account is looked at: an alias already there
 * (or gone) counts as added (or removed).
 */
public class MailAliasSaga extends StepSaga {

    /** What the saga is doing now; an undo, as older versions stored it, was an add being given up. */
    enum Operation { @JsonAlias("UNDO") ADD, REMOVE }

    @Autowired
    private transient MailServer server;

    private MailAliasId id;
    private MailAddress mailbox;
    private Operation operation;

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
                "removed with member " + event.mailbox() + ": " + why, UUID.randomUUID().toString()));
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

    /** A new operation replaces the current one, cancelling its pending retry. */
    private void start(Operation next) {
        operation = next;
        startSteps();
    }

    @Override
    protected StepTable steps() {
        MailAddress alias = id.address();
        String on = " the alias " + alias + " on " + mailbox;
        Step step = MailSteps.step(systems).invoke(() -> remove(alias));
        if (operation == Operation.REMOVE) {
            return StepTable.parking(step.doneWhen(() -> server.hasAlias(alias, mailbox) ? null : Done.plain()))
                    .failing(f -> MailSteps.reason(f, "remove" + on, alias));
        }
        return StepTable.compensating(step
                        .invoke(() -> {
                            server.addAlias(alias, mailbox);
                            return Done.plain();
                        })
                        .withCompensation(() -> remove(alias))
                        .compensatingAFailedTry()
                        .doneWhen(() -> server.hasAlias(alias, mailbox) ? Done.plain() : null)
                        .undoneWhen(() -> server.hasAlias(alias, mailbox) ? null : Done.plain()))
                .failing(f -> MailSteps.reason(f, "add" + on, alias))
                .leaving(f -> "the alias may still be on " + mailbox + " in Stalwart ("
                        + MailSteps.reason(f, "remove" + on, alias) + ")");
    }

    private Done remove(MailAddress alias) {
        server.removeAlias(alias, mailbox);
        return Done.plain();
    }

    @Override
    public void report(Step step, StepReport report) {
        commandGateway.send(new RecordMailAliasStepCommand(id, MailSteps.status(report)));
    }

    @Override
    public void finished(StepEnd end) {
        boolean left = !end.leftovers().isEmpty();
        if (!left && (operation == Operation.REMOVE || end.failed())) {
            release();
        }
        if (operation == Operation.REMOVE) {
            commandGateway.send(left ? new RecordMailAliasRemovalFailedCommand(id, end.leftovers().get(0).detail()
                    + "; then remove the alias again") : new RecordMailAliasRemovedCommand(id));
        } else if (end.failed()) {
            commandGateway.send(new RecordMailAliasProvisioningFailedCommand(id, end.reason()
                    + "; then add the alias again" + end.leftoverText(), left));
        } else {
            commandGateway.send(new RecordMailAliasProvisionedCommand(id));
        }
    }

    /** Only this alias's own claim is released (the claimant is the alias id). */
    private void release() {
        commandGateway.send(new ReleaseMailAddressCommand(id.address(), id.toString()));
    }
}
