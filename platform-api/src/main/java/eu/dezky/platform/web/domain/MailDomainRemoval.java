package eu.dezky.platform.web.domain;

import eu.dezky.platform.web.http.ReadModelWait;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.FindMailDomainQuery;
import eu.dezky.api.domain.MailDomainView;
import eu.dezky.api.domain.RequestMailDomainRemovalCommand;
import eu.dezky.api.tenant.ApproveMailDomainRemovalCommand;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Removes a mail domain the way {@code DELETE …/domains/{domain}} promises: the tenant first approves (its
 * primary-domain rule), then the domain's removal starts and its outcome is awaited in the read model.
 */
@Component
class MailDomainRemoval {

    private final CommandGateway commands;
    private final ReadModelWait readModel;
    private final List<MailDomainBlockers> blockerSources;

    MailDomainRemoval(CommandGateway commands, ReadModelWait readModel, List<MailDomainBlockers> blockerSources) {
        this.commands = commands;
        this.readModel = readModel;
        this.blockerSources = List.copyOf(blockerSources);
    }

    /**
     * True when the domain was removed within {@code wait}, false when removal is still running; throws
     * {@link MailDomainInUseException} when it was refused.
     */
    boolean remove(TenantId tenant, DomainName domain, DomainName newPrimary, Duration wait) {
        // The engine's own users of the domain (members, aliases and lists; every MailDomainBlockers bean) refuse the removal
        // before the tenant approves anything, so a refusal changes nothing; the removal saga still asks the mail
        // server for its linked objects.
        List<String> ourBlockers = blockerSources.stream().flatMap(source -> source.of(tenant, domain).stream()).toList();
        if (!ourBlockers.isEmpty()) {
            throw new MailDomainInUseException(domain, ourBlockers);
        }
        // Only this attempt's outcome counts: a refusal left in the view by an earlier attempt shows up in every
        // update (a scheduled DNS check, say) until this attempt's REMOVING view has gone by.
        AtomicBoolean started = new AtomicBoolean();
        Optional<MailDomainView> outcome = readModel.sendThenAwaitUpdate(() -> {
                    commands.sendAndWait(new ApproveMailDomainRemovalCommand(tenant, domain, newPrimary));
                    commands.sendAndWait(new RequestMailDomainRemovalCommand(domain, tenant, ourBlockers, java.util.UUID.randomUUID().toString()));
                }, new FindMailDomainQuery(tenant, domain), MailDomainView.class,
                view -> outcomeOfThisAttempt(view, started), wait);
        if (outcome.isPresent() && outcome.get().status() != DomainStatus.REMOVED) {
            throw new MailDomainInUseException(domain, outcome.get().removalBlockers());
        }
        return outcome.isPresent();
    }

    private static boolean outcomeOfThisAttempt(MailDomainView view, AtomicBoolean started) {
        if (view.status() == DomainStatus.REMOVING) {
            started.set(true);
            return false;
        }
        return view.status() == DomainStatus.REMOVED || (started.get() && !view.removalBlockers().isEmpty());
    }
}
