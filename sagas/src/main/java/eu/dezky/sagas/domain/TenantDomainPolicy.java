package eu.dezky.sagas.domain;

import eu.dezky.api.domain.MailDomainAddedEvent;
import eu.dezky.api.domain.MailDomainRemovedEvent;
import eu.dezky.api.tenant.AttachMailDomainCommand;
import eu.dezky.api.tenant.DetachMailDomainCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/**
 * Keeps each tenant's list of mail domains in step with the domains: attach on add, detach on removal. A policy,
 * not a saga, because there is no state to keep; both commands are harmless when delivered twice, so a replay or
 * a redelivery changes nothing. The command is awaited so that a failure makes the processor retry the event.
 */
@ProcessingGroup(TenantDomainPolicy.PROCESSING_GROUP)
public class TenantDomainPolicy {

    public static final String PROCESSING_GROUP = "tenant-domain-policy";

    private final CommandGateway commandGateway;

    public TenantDomainPolicy(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(MailDomainAddedEvent event) {
        commandGateway.sendAndWait(new AttachMailDomainCommand(event.tenantId(), event.domain()));
    }

    @EventHandler
    void on(MailDomainRemovedEvent event) {
        commandGateway.sendAndWait(new DetachMailDomainCommand(event.tenantId(), event.domain()));
    }
}
