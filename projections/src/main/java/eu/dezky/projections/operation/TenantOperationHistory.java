package eu.dezky.projections.operation;

import eu.dezky.api.operation.OperationKind;
import eu.dezky.api.operation.OperationStatus;
import eu.dezky.api.operation.OperationStep;
import eu.dezky.api.operation.OperationTarget;
import eu.dezky.api.operation.StepState;
import eu.dezky.api.tenant.TenantMember;
import eu.dezky.api.tenant.TenantOffboardingStartedEvent;
import eu.dezky.api.tenant.TenantOperationEndedEvent;
import eu.dezky.api.tenant.TenantOperationStepRecordedEvent;
import eu.dezky.api.tenant.TenantResumedEvent;
import eu.dezky.api.tenant.TenantSuspendedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A tenant's own operations (suspend, resume, offboarding), each with a step per object it acts on: {@code system}
 * names the kind of object ({@code MEMBER}, {@code MAILING_LIST}, {@code MAIL_ALIAS}, {@code MAIL_DOMAIN}, and the
 * tenant's {@code SSO_GROUP} in Authentik, deleted last),
 * {@code target} the object (mailbox, address, domain). The objects known at the start are listed as pending; a
 * retried offboarding keeps its operation and its steps.
 */
@Component
@ProcessingGroup(OperationViews.PROCESSING_GROUP)
class TenantOperationHistory {

    private final OperationRecords records;

    TenantOperationHistory(OperationRecords records) {
        this.records = records;
    }

    @EventHandler
    void on(TenantSuspendedEvent event, @Timestamp Instant at, @MetaDataValue(OperationViews.SUBJECT) String subject,
            @MetaDataValue(OperationViews.AUDIENCE) String audience) {
        records.start(event.operationId(), event.tenantId(), OperationKind.TENANT_SUSPEND,
                OperationTarget.tenant(event.tenantId().slug()), subject, audience, members(event.members()), at);
    }

    @EventHandler
    void on(TenantResumedEvent event, @Timestamp Instant at, @MetaDataValue(OperationViews.SUBJECT) String subject,
            @MetaDataValue(OperationViews.AUDIENCE) String audience) {
        records.start(event.operationId(), event.tenantId(), OperationKind.TENANT_RESUME,
                OperationTarget.tenant(event.tenantId().slug()), subject, audience, List.of(), at);
    }

    @EventHandler
    void on(TenantOffboardingStartedEvent event, @Timestamp Instant at,
            @MetaDataValue(OperationViews.SUBJECT) String subject,
            @MetaDataValue(OperationViews.AUDIENCE) String audience) {
        records.resumeOrStart(event.operationId(), event.tenantId(), OperationKind.TENANT_OFFBOARDING,
                OperationTarget.tenant(event.tenantId().slug()), subject, audience, () -> offboardingSteps(event), at);
    }

    private List<OperationStep> offboardingSteps(TenantOffboardingStartedEvent event) {
        List<OperationStep> steps = new ArrayList<>();
        event.lists().forEach(list -> steps.add(pending("MAILING_LIST", list)));
        event.aliases().forEach(alias -> steps.add(pending("MAIL_ALIAS", alias)));
        steps.addAll(members(event.members()));
        event.domains().forEach(domain -> steps.add(pending("MAIL_DOMAIN", domain)));
        steps.add(pending("SSO_GROUP", "dezky-" + event.tenantId().slug()));
        return steps;
    }

    @EventHandler
    void on(TenantOperationStepRecordedEvent event) {
        records.step(event.operationId(), event.step());
    }

    @EventHandler
    void on(TenantOperationEndedEvent event, @Timestamp Instant at) {
        String reason = event.failure() != null ? event.failure() : event.leftovers();
        records.end(event.operationId(), event.failure() == null ? OperationStatus.DONE : OperationStatus.FAILED,
                reason, at);
    }

    private static List<OperationStep> members(List<TenantMember> members) {
        return members.stream().map(m -> pending("MEMBER", m.mailbox())).toList();
    }

    private static OperationStep pending(String system, String target) {
        return new OperationStep(system, target, StepState.PENDING, 0, 0, null, null);
    }
}
