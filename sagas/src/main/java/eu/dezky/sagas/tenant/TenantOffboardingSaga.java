package eu.dezky.sagas.tenant;

import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.MailDomainRemovalRefusedEvent;
import eu.dezky.api.domain.MailDomainRemovedEvent;
import eu.dezky.api.domain.RequestMailDomainRemovalCommand;
import eu.dezky.api.mail.MailAliasId;
import eu.dezky.api.mail.MailAliasRemovalFailedEvent;
import eu.dezky.api.mail.MailAliasRemovedEvent;
import eu.dezky.api.mail.MailingListId;
import eu.dezky.api.mail.MailingListRemovalFailedEvent;
import eu.dezky.api.mail.MailingListRemovedEvent;
import eu.dezky.api.mail.RemoveMailAliasCommand;
import eu.dezky.api.mail.RemoveMailingListCommand;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberRemovedEvent;
import eu.dezky.api.member.RemoveMemberCommand;
import eu.dezky.api.operation.OperationStep;
import eu.dezky.api.tenant.RecordTenantOperationEndedCommand;
import eu.dezky.api.tenant.RecordTenantOperationStepCommand;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantOffboardingStartedEvent;
import eu.dezky.api.tenant.TenantStepRefusedEvent;
import eu.dezky.sagas.member.MemberAccounts;
import eu.dezky.sagas.steps.Done;
import eu.dezky.sagas.steps.GiveUp;
import eu.dezky.sagas.steps.Step;
import eu.dezky.sagas.steps.StepEnd;
import eu.dezky.sagas.steps.StepReport;
import eu.dezky.sagas.steps.StepSaga;
import eu.dezky.sagas.steps.StepTable;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A tenant's offboarding: a step per object, in the order that leaves nothing dangling, each handing the object to
 * its own removal (with that removal's retries, and its leftovers parked for an operator) and waiting for the outcome.
 * A removal that fails (or is refused) stops the run with the reason; the same DELETE again goes on from that step.
 * Its state (the steps, what each started, the run) is in the saga store and its waits are persistent deadlines, so it
 * goes on after a restart.
 *
 * <pre>
 * step                 does                                     done when
 * MAILING_LIST:address remove the list (MailingListSaga)        MailingListRemovedEvent, or the list is gone
 * MAIL_ALIAS:address   remove the alias (MailAliasSaga)          MailAliasRemovedEvent, or the alias is gone
 * MEMBER:id            remove the member (MemberRemovalSaga)     MemberRemovedEvent
 * MAIL_DOMAIN:name     remove the domain (MailDomainRemovalSaga) MailDomainRemovedEvent, or the domain is gone
 * SSO_GROUP:name       delete the tenant's group in Authentik      Authentik has no such group
 * </pre>
 */
public class TenantOffboardingSaga extends StepSaga {

    private static final String LIST = "MAILING_LIST";
    private static final String ALIAS = "MAIL_ALIAS";
    private static final String MEMBER = "MEMBER";
    private static final String DOMAIN = "MAIL_DOMAIN";
    private static final String GROUP = "SSO_GROUP";

    @Autowired
    private transient MemberAccounts accounts;

    private TenantId tenantId;
    private String operationId;
    /** Step key ({@code SYSTEM:object}) → the label its step shows (address, mailbox, domain), in step order. */
    private final Map<String, String> objects = new LinkedHashMap<>();
    private final ObjectSteps removals = new ObjectSteps();

    /** The offboarding starts, or (the saga waiting on a stopped run) goes on where it stopped. */
    @StartSaga
    @SagaEventHandler(associationProperty = "tenantId")
    void on(TenantOffboardingStartedEvent event) {
        if (operationId != null) {
            proceedSteps();
            return;
        }
        tenantId = event.tenantId();
        operationId = event.operationId();
        event.lists().forEach(list -> objects.put(LIST + ":" + list, list));
        event.aliases().forEach(alias -> objects.put(ALIAS + ":" + alias, alias));
        event.members().forEach(m -> objects.put(MEMBER + ":" + m.memberId().value(), m.mailbox()));
        event.domains().forEach(domain -> objects.put(DOMAIN + ":" + domain, domain));
        objects.put(GROUP + ":" + MemberAccounts.group(tenantId.slug()), MemberAccounts.group(tenantId.slug()));
        startSteps();
    }

    @SagaEventHandler(associationProperty = "tenantId")
    void on(MailingListRemovedEvent event) {
        settled(LIST + ":" + event.id().address().value(), null);
    }

    @SagaEventHandler(associationProperty = "tenantId")
    void on(MailingListRemovalFailedEvent event) {
        settled(LIST + ":" + event.id().address().value(), event.reason());
    }

    @SagaEventHandler(associationProperty = "tenantId")
    void on(MailAliasRemovedEvent event) {
        settled(ALIAS + ":" + event.id().address().value(), null);
    }

    @SagaEventHandler(associationProperty = "tenantId")
    void on(MailAliasRemovalFailedEvent event) {
        settled(ALIAS + ":" + event.id().address().value(), event.reason());
    }

    @SagaEventHandler(associationProperty = "tenantId")
    void on(MemberRemovedEvent event) {
        settled(MEMBER + ":" + event.memberId().value(), null);
    }

    @SagaEventHandler(associationProperty = "tenantId")
    void on(MailDomainRemovedEvent event) {
        settled(DOMAIN + ":" + event.domain().value(), null);
    }

    @SagaEventHandler(associationProperty = "tenantId")
    void on(MailDomainRemovalRefusedEvent event) {
        settled(DOMAIN + ":" + event.domain().value(), "the mail server still has addresses on it: "
                + String.join(", ", event.blockers()));
    }

    /** A removal refused: an object that is gone already counts as removed; anything else stops the run. */
    @SagaEventHandler(associationProperty = "tenantId")
    void on(TenantStepRefusedEvent event) {
        if (!event.operationId().equals(operationId) || !removals.startedBy(event.step())) {
            return;
        }
        if (event.code() != null && event.code().endsWith("-not-found")) {
            removals.done(event.step(), "already gone");
        } else {
            removals.failed(event.step(), event.reason());
        }
        wakeSteps();
    }

    /** The object's removal ended ({@code failure} null: removed); only objects this run started count. */
    private void settled(String step, String failure) {
        if (!removals.startedBy(step)) {
            return;
        }
        if (failure == null) {
            removals.done(step, "removed");
        } else {
            removals.failed(step, failure);
        }
        wakeSteps();
    }

    @Override
    protected StepTable steps() {
        return StepTable.of(GiveUp.STOP, objects.keySet().stream().map(this::step).toList());
    }

    private Step step(String key) {
        if (key.startsWith(GROUP + ":")) {
            // the members' own removals took them out of it; the empty group goes with the tenant
            return Step.step(key, systems.authentik()).invoke(() -> {
                accounts.removeTenantGroup(tenantId.slug());
                return Done.detail("deleted");
            });
        }
        return Step.step(key, ObjectSteps.ENGINE).invoke(() -> removals.await(key, () -> remove(key),
                "waiting for the removal of " + objects.get(key)));
    }

    /** Hands the object to its own removal; a removal already running (a start sent again) changes nothing. */
    private String remove(String key) {
        String system = key.substring(0, key.indexOf(':'));
        String object = key.substring(key.indexOf(':') + 1);
        String removal = UUID.randomUUID().toString();
        Object command = switch (system) {
            case LIST -> new RemoveMailingListCommand(new MailingListId(new MailAddress(object)), tenantId, removal);
            case ALIAS -> new RemoveMailAliasCommand(new MailAliasId(new MailAddress(object)), tenantId, null, removal);
            case MEMBER -> new RemoveMemberCommand(new MemberId(object), tenantId, removal);
            default -> new RequestMailDomainRemovalCommand(new DomainName(object), tenantId, List.of(), removal);
        };
        ObjectSteps.send(commandGateway, command, tenantId, operationId, key);
        return removal;
    }

    @Override
    public void report(Step step, StepReport report) {
        String system = step.key().substring(0, step.key().indexOf(':'));
        commandGateway.send(new RecordTenantOperationStepCommand(tenantId, operationId, new OperationStep(system,
                objects.get(step.key()), report.state(), report.attempt(), report.maxAttempts(), report.detail(),
                report.nextAttemptAt())));
    }

    /** Done: the tenant is offboarded and the saga ends. Stopped: it waits for the retry. */
    @Override
    public void finished(StepEnd end) {
        commandGateway.send(new RecordTenantOperationEndedCommand(tenantId, operationId,
                end.failed() ? end.reason() : null, null));
        if (!end.failed()) {
            SagaLifecycle.end();
        }
    }
}
