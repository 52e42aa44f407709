package eu.dezky.sagas.member;

import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberSystem;
import eu.dezky.api.member.RecordMemberOperationCompletedCommand;
import eu.dezky.api.member.RecordMemberOperationFailedCommand;
import eu.dezky.api.member.RecordMemberOperationStepCommand;
import eu.dezky.sagas.steps.Step;
import eu.dezky.sagas.steps.StepEnd;
import eu.dezky.sagas.steps.StepReport;
import eu.dezky.sagas.steps.StepSaga;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static eu.dezky.sagas.member.MemberSystems.name;

/**
 * What the operations on an existing member's accounts (lifecycle, update) share: the member, the operation, the
 * mailbox and the accounts they act on, each step reported on the member's operation, and its end recorded as
 * completed or failed with the reason and what the saga adds to it.
 */
abstract class MemberOperationSaga extends StepSaga {

    @Autowired
    transient MemberAccounts accounts;

    MemberId memberId;
    String operationId;
    MailAddress mailbox;
    final Map<MemberSystem, String> accountIds = new EnumMap<>(MemberSystem.class);

    /** Takes the operation's subject and runs the steps. */
    void start(MemberId member, String operation, MailAddress address, Map<MemberSystem, String> accounts) {
        memberId = member;
        operationId = operation;
        mailbox = address;
        accountIds.putAll(accounts);
        startSteps();
    }

    /**
     * What a failure adds to its reason.
     *
     * @param stillDone the names of the systems whose step stayed done
     */
    abstract String failureNote(StepEnd end, List<String> stillDone);

    @Override
    public void report(Step step, StepReport report) {
        commandGateway.send(new RecordMemberOperationStepCommand(memberId, operationId,
                MemberSystems.status(step, report)));
    }

    @Override
    public void finished(StepEnd end) {
        if (!end.failed()) {
            commandGateway.send(new RecordMemberOperationCompletedCommand(memberId, operationId));
            return;
        }
        List<String> stillDone = end.stillDone().stream().map(key -> name(systems, MemberSystem.valueOf(key))).toList();
        commandGateway.send(new RecordMemberOperationFailedCommand(memberId, operationId,
                end.reason() + failureNote(end, stillDone)));
    }
}
