package eu.dezky.platform.application.domain;

import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.FindMailDomainQuery;
import eu.dezky.api.domain.MailDomainView;
import eu.dezky.api.domain.RequestMailDomainRemovalCommand;
import eu.dezky.api.tenant.ApproveMailDomainRemovalCommand;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.platform.application.Fields;
import eu.dezky.platform.application.ReadModelWait;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Removes a mail domain: the engine's own users of it refuse the removal first (a refusal changes nothing), then the
 * tenant approves (its primary-domain rule), then the domain's removal starts and its outcome is awaited briefly.
 */
@Component
public class MailDomainRemoval {

    /** The removal's operation and whether it is over (refused removals are exceptions, not results). */
    public record Removal(String operationId, boolean done) {
    }

    private final CommandGateway commands;
    private final ReadModelWait readModel;
    private final MailDomains domains;
    private final List<MailDomainUsers> users;

    MailDomainRemoval(CommandGateway commands, ReadModelWait readModel, MailDomains domains,
                      List<MailDomainUsers> users) {
        this.commands = commands;
        this.readModel = readModel;
        this.domains = domains;
        this.users = List.copyOf(users);
    }

    /**
     * Removes the domain, handing the primary role to {@code rawNewPrimary} when it had it; throws
     * {@link MailDomainInUseException} when something still uses it (the engine's members, aliases and lists, or what
     * the mail server reports).
     */
    public Removal remove(TenantId tenant, String rawDomain, String rawNewPrimary, Duration wait) {
        DomainName domain = new DomainName(domains.existing(tenant, rawDomain).domain());
        DomainName newPrimary = rawNewPrimary == null || rawNewPrimary.isBlank() ? null
                : Fields.parse("newPrimary", rawNewPrimary, () -> new DomainName(rawNewPrimary));
        // every MailDomainUsers bean (members, aliases and lists); the removal saga still asks the mail server
        List<String> using = users.stream().flatMap(source -> source.of(tenant, domain).stream()).toList();
        if (!using.isEmpty()) {
            throw new MailDomainInUseException(domain, using);
        }
        String operationId = UUID.randomUUID().toString();
        // Only this attempt's outcome counts: a refusal left in the view by an earlier attempt shows up in every
        // update (a scheduled DNS check, say) until this attempt's REMOVING view has gone by.
        AtomicBoolean started = new AtomicBoolean();
        Optional<MailDomainView> outcome = readModel.sendThenAwaitUpdate(() -> {
                    commands.sendAndWait(new ApproveMailDomainRemovalCommand(tenant, domain, newPrimary));
                    commands.sendAndWait(new RequestMailDomainRemovalCommand(domain, tenant, using, operationId));
                }, new FindMailDomainQuery(tenant, domain), MailDomainView.class,
                view -> outcomeOfThisAttempt(view, started), wait);
        if (outcome.isPresent() && outcome.get().status() != DomainStatus.REMOVED) {
            // An update computed from a read taken before this attempt's REMOVING was stored (another segment of the
            // projection, handling the tenant's approval) still shows the last refusal: believe the domain as it is
            // now, and wait on while this attempt runs.
            Optional<MailDomainView> now = domains.find(tenant, domain);
            if (now.isPresent() && now.get().status() == DomainStatus.REMOVING) {
                outcome = readModel.sendThenAwait(() -> { }, new FindMailDomainQuery(tenant, domain),
                        MailDomainView.class, view -> view.status() != DomainStatus.REMOVING, wait);
                now = outcome.isPresent() ? outcome : domains.find(tenant, domain);
            }
            if (now.isEmpty() || now.get().status() == DomainStatus.REMOVED) {
                return new Removal(operationId, true);
            }
            if (now.get().status() == DomainStatus.REMOVING) {
                return new Removal(operationId, false);
            }
            throw new MailDomainInUseException(domain, now.get().removalBlockers());
        }
        return new Removal(operationId, outcome.isPresent());
    }

    private static boolean outcomeOfThisAttempt(MailDomainView view, AtomicBoolean started) {
        if (view.status() == DomainStatus.REMOVING) {
            started.set(true);
            return false;
        }
        return view.status() == DomainStatus.REMOVED || (started.get() && !view.removalBlockers().isEmpty());
    }
}
