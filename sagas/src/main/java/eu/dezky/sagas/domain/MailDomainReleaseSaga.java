package eu.dezky.sagas.domain;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import eu.dezky.api.claim.MailAddress;
import eu.dezky.api.domain.AbandonMailDomainTakeoverCommand;
import eu.dezky.api.domain.AddMailDomainCommand;
import eu.dezky.api.domain.ContinueMailDomainReleaseCommand;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.MailDomainReleaseReason;
import eu.dezky.api.domain.MailDomainReleaseStartedEvent;
import eu.dezky.api.domain.MailDomainRemovalRefusedEvent;
import eu.dezky.api.domain.MailDomainRemovedEvent;
import eu.dezky.api.mail.FindMailAddressesOnDomainQuery;
import eu.dezky.api.mail.MailAddressesOnDomain;
import eu.dezky.api.mail.MailAliasId;
import eu.dezky.api.mail.MailAliasRemovalFailedEvent;
import eu.dezky.api.mail.MailAliasRemovedEvent;
import eu.dezky.api.mail.MailingListId;
import eu.dezky.api.mail.MailingListRemovalFailedEvent;
import eu.dezky.api.mail.MailingListRemovedEvent;
import eu.dezky.api.mail.RemoveMailAliasCommand;
import eu.dezky.api.mail.RemoveMailingListCommand;
import eu.dezky.api.member.FindMembersQuery;
import eu.dezky.api.member.MemberId;
import eu.dezky.api.member.MemberList;
import eu.dezky.api.member.MemberRemovedEvent;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.RemoveMemberCommand;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.sagas.CommandRefusal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.SagaLifecycle;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Takes a domain from its tenant (expired, or taken over by a tenant that proved ownership): first its aliases, lists
 * and the members whose mailbox is on it are removed through their own removal paths, since a mailbox on a domain
 * the tenant does not own cannot stay; once all are gone the domain's removal saga removes the domain, and a takeover
 * then adds it to the claimant. A member whose removal is refused is left for the domain's removal, which refuses
 * while the mail server still has the mailbox, so nothing is cut off behind the tenant's back.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class MailDomainReleaseSaga {

    private static final Logger log = LoggerFactory.getLogger(MailDomainReleaseSaga.class);
    private static final Set<MemberStatus> GONE = Set.of(MemberStatus.FAILED, MemberStatus.REMOVED);

    @Autowired
    private transient CommandGateway commandGateway;
    @Autowired
    private transient QueryGateway queryGateway;

    private DomainName domain;
    private TenantId claimant;
    private String claimToken;
    private String takeoverOperationId;
    /** Association values (member ids, alias and list ids) whose removal is awaited. */
    private Set<String> pending = new HashSet<>();

    @StartSaga
    @SagaEventHandler(associationProperty = "domain")
    void on(MailDomainReleaseStartedEvent event) {
        domain = event.domain();
        claimant = event.claimant();
        claimToken = event.claimToken();
        takeoverOperationId = event.takeoverOperationId();
        String why = event.reason() == MailDomainReleaseReason.EXPIRED
                ? "its domain " + domain + " expired unverified"
                : "its domain " + domain + " was taken over by its proven owner";
        TenantId tenant = event.tenantId();
        MailAddressesOnDomain addresses = queryGateway.query(new FindMailAddressesOnDomainQuery(tenant, domain),
                ResponseTypes.instanceOf(MailAddressesOnDomain.class)).join();
        for (String alias : addresses.aliases()) {
            MailAliasId id = MailAliasId.of(new MailAddress(alias));
            await("id", id.toString(), () -> commandGateway.sendAndWait(
                    new RemoveMailAliasCommand(id, tenant, why, event.operationId())));
        }
        for (String list : addresses.lists()) {
            MailingListId id = MailingListId.of(new MailAddress(list));
            await("id", id.toString(), () -> commandGateway.sendAndWait(
                    new RemoveMailingListCommand(id, tenant, event.operationId())));
        }
        String suffix = "@" + domain.value();
        queryGateway.query(new FindMembersQuery(tenant), ResponseTypes.instanceOf(MemberList.class)).join().members()
                .stream()
                .filter(m -> !GONE.contains(m.status()) && m.mailbox() != null
                        && m.mailbox().toLowerCase(Locale.ROOT).endsWith(suffix))
                .forEach(m -> await("memberId", m.id(), () -> commandGateway.sendAndWait(
                        new RemoveMemberCommand(new MemberId(m.id()), tenant, event.operationId()))));
        continueIfDone();
    }

    @SagaEventHandler(associationProperty = "memberId")
    void on(MemberRemovedEvent event) {
        gone(event.memberId().toString());
    }

    @SagaEventHandler(associationProperty = "id")
    void on(MailAliasRemovedEvent event) {
        gone(event.id().toString());
    }

    @SagaEventHandler(associationProperty = "id")
    void on(MailingListRemovedEvent event) {
        gone(event.id().toString());
    }

    /** A takeover ends by adding the domain to the claimant; if that is refused, its operation must not wait on. */
    @EndSaga
    @SagaEventHandler(associationProperty = "domain")
    void on(MailDomainRemovedEvent event) {
        if (claimant != null) {
            TenantId to = claimant;
            String operationId = takeoverOperationId;
            commandGateway.send(new AddMailDomainCommand(domain, to, claimToken, operationId)).exceptionally(refused -> {
                String why = CommandRefusal.reason(refused);
                log.warn("releasing {}: adding it to {} was refused: {}", domain, to, why);
                commandGateway.send(new AbandonMailDomainTakeoverCommand(domain, to, operationId, why));
                return null;
            });
        }
    }

    @SagaEventHandler(associationProperty = "id")
    void on(MailAliasRemovalFailedEvent event) {
        gone(event.id().toString()); // not awaited any more: the domain's removal judges what is left
    }

    @SagaEventHandler(associationProperty = "id")
    void on(MailingListRemovalFailedEvent event) {
        gone(event.id().toString());
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "domain")
    void on(MailDomainRemovalRefusedEvent event) {
        // the domain stays with its tenant; the refusal names what still uses it
    }

    /** A removal the engine refuses (a rule of the member, say) is not awaited; the domain's removal judges. */
    private void await(String key, String value, Runnable removal) {
        try {
            SagaLifecycle.associateWith(key, value);
            pending.add(value);
            removal.run();
        } catch (RuntimeException e) {
            log.warn("releasing {}: the removal of {} was refused: {}", domain, value, e.getMessage());
            pending.remove(value);
        }
    }

    private void gone(String value) {
        if (pending.remove(value)) {
            continueIfDone();
        }
    }

    private void continueIfDone() {
        if (pending.isEmpty()) {
            commandGateway.send(new ContinueMailDomainReleaseCommand(domain));
        }
    }
}
