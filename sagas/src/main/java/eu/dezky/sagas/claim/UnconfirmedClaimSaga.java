package eu.dezky.sagas.claim;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import eu.dezky.api.claim.ConfirmMailAddressClaimCommand;
import eu.dezky.api.claim.ExpireMailAddressClaimCommand;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.claim.MailAddressClaimConfirmedEvent;
import eu.dezky.api.claim.MailAddressClaimedEvent;
import eu.dezky.api.claim.MailAddressReleasedEvent;
import eu.dezky.api.mail.MailAliasCreatedEvent;
import eu.dezky.api.mail.MailingListCreatedEvent;
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
 * Frees an address whose owner never came to exist. Claiming an address and creating what holds it (a member, an
 * alias, a list) are two commands; an engine that dies between them leaves a provisional claim behind. This saga
 * watches each provisional claim: the owner's creation confirms it — the only confirmation, also when nothing
 * crashed — and if that did not happen within {@link ClaimSettings#confirmWithin()} a persistent deadline expires the
 * claim, which the aggregate honours only while it is still unconfirmed and still this claimant's. Plain claims (not
 * provisional) end the saga at once. The claimant is the member id, or the alias's or list's id
 * ({@code alias:<address>}, {@code list:<address>}), which is how the owner's creation event finds this saga.
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
        // members are found by their id; aliases and lists by theirs, whose text is the claimant
        SagaLifecycle.associateWith("memberId", claimant);
        SagaLifecycle.associateWith("id", claimant);
        deadlineManager.schedule(settings.confirmWithin(), EXPIRE);
    }

    @SagaEventHandler(associationProperty = "memberId")
    void on(MemberCreatedEvent event) {
        confirm();
    }

    @SagaEventHandler(associationProperty = "id")
    void on(MailAliasCreatedEvent event) {
        confirm();
    }

    @SagaEventHandler(associationProperty = "id")
    void on(MailingListCreatedEvent event) {
        confirm();
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

    private void confirm() {
        commandGateway.send(new ConfirmMailAddressClaimCommand(address, claimant));
    }
}
