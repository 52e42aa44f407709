package eu.dezky.sagas.domain;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.ExpireMailDomainCommand;
import eu.dezky.api.domain.MailDomainAddedEvent;
import eu.dezky.api.domain.MailDomainOwnershipProvenEvent;
import eu.dezky.api.domain.MailDomainRemovedEvent;
import eu.dezky.api.domain.ScheduleMailDomainExpiryCommand;
import eu.dezky.api.domain.WarnMailDomainExpiryCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.util.UUID;

/**
 * Keeps the clock of a domain whose ownership is unproven: from its add, a warning before the end and the expiry
 * itself, both persistent deadlines (they survive a restart, as the step engine's retries do). Proving ownership, or
 * the domain's removal, ends it; the aggregate drops a deadline that comes late.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class MailDomainExpirySaga {

    static final String WARNING = "mail-domain-expiry-warning";
    static final String EXPIRY = "mail-domain-expiry";

    @Autowired
    private transient CommandGateway commandGateway;
    @Autowired
    private transient DeadlineManager deadlineManager;
    @Autowired
    private transient DomainExpirySettings settings;

    private DomainName domain;
    private String warningId;
    private String expiryId;

    @StartSaga
    @SagaEventHandler(associationProperty = "domain")
    void on(MailDomainAddedEvent event, @Timestamp Instant at) {
        domain = event.domain();
        Instant expiresAt = at.plus(settings.unverifiedTtl());
        warningId = deadlineManager.schedule(expiresAt.minus(settings.warnBefore()), WARNING);
        expiryId = deadlineManager.schedule(expiresAt, EXPIRY);
        commandGateway.send(new ScheduleMailDomainExpiryCommand(domain, expiresAt));
    }

    @DeadlineHandler(deadlineName = WARNING)
    void warn() {
        warningId = null;
        commandGateway.send(new WarnMailDomainExpiryCommand(domain));
    }

    /** The release goes on without this saga: the aggregate and the release saga carry it. */
    @DeadlineHandler(deadlineName = EXPIRY)
    void expire() {
        commandGateway.send(new ExpireMailDomainCommand(domain, UUID.randomUUID().toString()));
        SagaLifecycle.end();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "domain")
    void on(MailDomainOwnershipProvenEvent event) {
        cancel();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "domain")
    void on(MailDomainRemovedEvent event) {
        cancel();
    }

    private void cancel() {
        if (warningId != null) {
            deadlineManager.cancelSchedule(WARNING, warningId);
        }
        if (expiryId != null) {
            deadlineManager.cancelSchedule(EXPIRY, expiryId);
        }
    }
}
