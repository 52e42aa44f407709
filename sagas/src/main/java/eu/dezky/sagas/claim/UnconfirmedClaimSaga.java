package eu.dezky.sagas.claim;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import eu.dezky.api.claim.ConfirmMailAddressClaimCommand;
import eu.dezky.api.claim.ExpireMailAddressClaimCommand;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.claim.MailAddressClaimConfirmedEvent;
import eu.dezky.api.claim.MailAddressClaimedEvent;
import eu.dezky.api.claim.MailAddressReleasedEvent;
import eu.dezky.api.member.MemberCreatedEvent;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Frees an address whose member never came to exist. Claiming the address and creating the member are two
 * commands; an engine that dies between them leaves a provisional claim behind. This saga watches each provisional
 * claim: the member's creation confirms it (the controller also confirms at once; this is the path after a crash
 * between the two), and if neither happened within {@link ClaimSettings#confirmWithin()} a persistent deadline
 * expires the claim, which the aggregate honours only while it is still unconfirmed and still this claimant's.
 * Plain claims (not provisional) end the saga at once.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class UnconfirmedClaimSaga {

    static final String EXPIRE = "mail-address-claim-expire";

    @Autowired
    private transient CommandGateway commandGateway;
    @Autowired
    private transient DeadlineManager deadlineManager;
    @Autowired
    private transient ClaimSettings settings;

    private MailAddress address;
    private String claimant;

    @StartSaga
    @SagaEventHandler(associationProperty = "address")
    void on(MailAddressClaimedEvent event) {
        if (!event.provisional()) {
            SagaLifecycle.end();
            return;
        }
        address = event.address();
        claimant = event.claimant();
        SagaLifecycle.associateWith("memberId", claimant);
        deadlineManager.schedule(settings.confirmWithin(), EXPIRE);
    }

    @SagaEventHandler(associationProperty = "memberId")
    void on(MemberCreatedEvent event) {
        commandGateway.send(new ConfirmMailAddressClaimCommand(address, event.memberId().value()));
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "address")
    void on(MailAddressClaimConfirmedEvent event) {
        deadlineManager.cancelAllWithinScope(EXPIRE);
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "address")
    void on(MailAddressReleasedEvent event) {
        deadlineManager.cancelAllWithinScope(EXPIRE);
    }

    @DeadlineHandler(deadlineName = EXPIRE)
    void expire() {
        commandGateway.send(new ExpireMailAddressClaimCommand(address, claimant));
        SagaLifecycle.end();
    }
}
