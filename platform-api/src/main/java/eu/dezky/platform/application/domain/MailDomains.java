package eu.dezky.platform.application.domain;

import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.domain.AddMailDomainCommand;
import eu.dezky.api.domain.ChangeDmarcPolicyCommand;
import eu.dezky.api.domain.DmarcPolicy;
import eu.dezky.api.domain.DnsRecordType;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.FindMailDomainQuery;
import eu.dezky.api.domain.MailDomainView;
import eu.dezky.api.domain.RequestMailDomainCheckCommand;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.platform.application.DuplicateAggregateDetector;
import eu.dezky.platform.application.Fields;
import eu.dezky.platform.application.NotFoundException;
import eu.dezky.platform.application.ReadModelWait;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * A tenant's mail domains: add one (registration in the mail server follows), ask for a DNS check now, change the
 * DMARC policy. Each waits briefly for the read model to show the outcome.
 */
@Component
public class MailDomains {

    /** A domain operation the engine accepted, and the domain as shown ({@code settled}: it ended within the wait). */
    public record Change(String operationId, MailDomainView view, boolean settled) {
    }

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadModelWait readModel;
    private final DuplicateAggregateDetector duplicates;
    private final OwnershipTokens tokens;

    MailDomains(CommandGateway commands, QueryGateway queries, ReadModelWait readModel,
                DuplicateAggregateDetector duplicates, OwnershipTokens tokens) {
        this.commands = commands;
        this.queries = queries;
        this.readModel = readModel;
        this.duplicates = duplicates;
        this.tokens = tokens;
    }

    /** The domain name is the aggregate id: a second add collides in the event store, even when two tenants race. */
    public Change add(TenantId tenant, String rawDomain, Duration wait) {
        DomainName domain = parse(rawDomain);
        String operationId = UUID.randomUUID().toString();
        var command = new AddMailDomainCommand(domain, tenant, tokens.next(), operationId);
        Optional<MailDomainView> settled;
        try {
            settled = readModel.sendThenAwait(() -> duplicates.sendCreate(commands, command,
                            "domain-taken", "the domain '" + domain + "' is already registered on this platform"),
                    new FindMailDomainQuery(tenant, domain), MailDomainView.class,
                    view -> view.status() != DomainStatus.PROVISIONING, wait);
        } catch (RuntimeException e) {
            throw MailDomainTakeover.heldUnverified(e, tenant, domain, tokens);
        }
        return new Change(operationId, settled.orElseGet(() -> find(tenant, domain).orElse(null)), settled.isPresent());
    }

    /** Checks the domain's DNS records now instead of at the next scheduled check. */
    public Change recheck(TenantId tenant, String rawDomain, Duration wait) {
        DomainName domain = new DomainName(existing(tenant, rawDomain).domain());
        String operationId = UUID.randomUUID().toString();
        // Mongo keeps milliseconds: a check stamped in the same millisecond as the request still counts as new.
        Instant requestedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Optional<MailDomainView> settled = readModel.sendThenAwait(
                () -> commands.sendAndWait(new RequestMailDomainCheckCommand(domain, tenant, operationId)),
                new FindMailDomainQuery(tenant, domain), MailDomainView.class,
                view -> view.lastCheckedAt() != null && !view.lastCheckedAt().isBefore(requestedAt), wait);
        return new Change(operationId, settled.orElseGet(() -> find(tenant, domain).orElse(null)), settled.isPresent());
    }

    /**
     * The same policy again changes nothing and is answered at once; a domain without a DMARC record (mail server
     * switched off) has nothing to show the change in.
     */
    public MailDomainView changeDmarc(TenantId tenant, String rawDomain, String rawPolicy, String rua, Duration wait) {
        DomainName domain = new DomainName(existing(tenant, rawDomain).domain());
        if (rawPolicy == null) {
            throw new InvalidValueException("policy", "policy is required");
        }
        DmarcPolicy policy = new DmarcPolicy(rawPolicy, rua == null || rua.isBlank() ? null : rua);
        return readModel.sendThenAwait(() -> commands.sendAndWait(new ChangeDmarcPolicyCommand(domain, tenant, policy)),
                        new FindMailDomainQuery(tenant, domain), MailDomainView.class,
                        view -> view.records().stream().filter(r -> r.type() == DnsRecordType.DMARC)
                                .allMatch(r -> r.expected().equals(policy.record())), wait)
                .orElseGet(() -> existing(tenant, domain.value()));
    }

    /** The tenant's domain; 404 for an unknown one (or another tenant's), 400 naming {@code domain} for a bad name. */
    public MailDomainView existing(TenantId tenant, String rawDomain) {
        return find(tenant, parse(rawDomain))
                .orElseThrow(() -> new NotFoundException("the tenant has no mail domain " + InvalidValueException.quote(rawDomain)));
    }

    public Optional<MailDomainView> find(TenantId tenant, DomainName domain) {
        return queries.query(new FindMailDomainQuery(tenant, domain),
                ResponseTypes.optionalInstanceOf(MailDomainView.class)).join();
    }

    static DomainName parse(String raw) {
        return Fields.parse("domain", raw, () -> new DomainName(raw));
    }
}
