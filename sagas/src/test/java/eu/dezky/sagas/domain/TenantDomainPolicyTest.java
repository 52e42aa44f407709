package eu.dezky.sagas.domain;

import eu.dezky.api.domain.MailDomainRemovedEvent;
import eu.dezky.api.tenant.AttachMailDomainCommand;
import eu.dezky.api.tenant.DetachMailDomainCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

import static eu.dezky.sagas.domain.MailDomainSetupSagaTest.ACME;
import static eu.dezky.sagas.domain.MailDomainSetupSagaTest.ADDED;
import static eu.dezky.sagas.domain.MailDomainSetupSagaTest.DOMAIN;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class TenantDomainPolicyTest {

    private final CommandGateway gateway = mock(CommandGateway.class);
    private final TenantDomainPolicy policy = new TenantDomainPolicy(gateway);

    @Test
    void anAddedDomainIsAttachedToItsTenant() {
        policy.on(ADDED);
        verify(gateway).sendAndWait(new AttachMailDomainCommand(ACME, DOMAIN));
    }

    @Test
    void aRemovedDomainIsDetachedFromItsTenant() {
        policy.on(new MailDomainRemovedEvent(DOMAIN, ACME, null));
        verify(gateway).sendAndWait(new DetachMailDomainCommand(ACME, DOMAIN));
    }
}
