package eu.dezky.platform.web.domain;

import eu.dezky.platform.web.http.TenantReads;
import eu.dezky.platform.web.http.DuplicateAggregateDetector;
import eu.dezky.platform.web.http.Fields;
import eu.dezky.platform.web.http.NotFoundException;
import eu.dezky.platform.web.http.ReadModelWait;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.domain.AddMailDomainCommand;
import eu.dezky.api.domain.ChangeDmarcPolicyCommand;
import eu.dezky.api.domain.DmarcPolicy;
import eu.dezky.api.domain.DnsRecordType;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.domain.FindMailDomainQuery;
import eu.dezky.api.domain.FindMailDomainsQuery;
import eu.dezky.api.domain.MailDomainList;
import eu.dezky.api.domain.MailDomainView;
import eu.dezky.api.domain.RequestMailDomainCheckCommand;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A tenant's mail domains. Access is decided by the tenant policy before any of these runs. Long steps (registration
 * in the mail server, a DNS check, removal) are awaited briefly in the read model: done in time answers with the
 * result, otherwise 202 with the domain's address to poll.
 */
@RestController
@RequestMapping("/api/tenants/{slug}/domains")
class MailDomainController {

    private static final Duration SHORT_WAIT = Duration.ofSeconds(5);

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final TenantReads reads;
    private final ReadModelWait readModel;
    private final DuplicateAggregateDetector duplicates;
    private final OwnershipTokens tokens;
    private final MailDomainRemoval removal;

    MailDomainController(CommandGateway commands, QueryGateway queries, ReadModelWait readModel,
                         DuplicateAggregateDetector duplicates, OwnershipTokens tokens, MailDomainRemoval removal,
                         TenantReads reads) {
        this.commands = commands;
        this.reads = reads;
        this.queries = queries;
        this.readModel = readModel;
        this.duplicates = duplicates;
        this.tokens = tokens;
        this.removal = removal;
    }

    @PostMapping
    ResponseEntity<MailDomainView> add(@PathVariable String slug, @RequestBody MailDomainRequests.Add body) {
        TenantId tenant = tenant(slug);
        DomainName domain = Fields.parse("domain", body.domain(), () -> new DomainName(body.domain()));
        var command = new AddMailDomainCommand(domain, tenant, tokens.next(), java.util.UUID.randomUUID().toString());
        URI location = location(tenant, domain);
        return readModel.sendThenAwait(() -> send(command), new FindMailDomainQuery(tenant, domain),
                        MailDomainView.class, view -> view.status() != DomainStatus.PROVISIONING, SHORT_WAIT)
                .map(view -> ResponseEntity.created(location).body(view))
                .orElseGet(() -> ResponseEntity.accepted().location(location).body(find(tenant, domain)));
    }

    @GetMapping
    MailDomainList list(@PathVariable String slug) {
        return queries.query(new FindMailDomainsQuery(tenant(slug)), ResponseTypes.instanceOf(MailDomainList.class)).join();
    }

    @GetMapping("/{domain}")
    MailDomainView get(@PathVariable String slug, @PathVariable("domain") String rawDomain) {
        TenantId tenant = tenant(slug);
        return existing(tenant, domain(rawDomain));
    }

    @PostMapping("/{domain}/recheck")
    ResponseEntity<MailDomainView> recheck(@PathVariable String slug, @PathVariable("domain") String rawDomain) {
        TenantId tenant = tenant(slug);
        DomainName domain = domain(rawDomain);
        existing(tenant, domain);
        // Mongo keeps milliseconds: a check stamped in the same millisecond as the request still counts as new.
        Instant requestedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return readModel.sendThenAwait(() -> commands.sendAndWait(new RequestMailDomainCheckCommand(domain, tenant)),
                        new FindMailDomainQuery(tenant, domain), MailDomainView.class,
                        view -> view.lastCheckedAt() != null && !view.lastCheckedAt().isBefore(requestedAt), SHORT_WAIT)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.accepted().location(location(tenant, domain)).body(find(tenant, domain)));
    }

    @PutMapping("/{domain}/dmarc")
    MailDomainView dmarc(@PathVariable String slug, @PathVariable("domain") String rawDomain,
                         @RequestBody MailDomainRequests.Dmarc body) {
        TenantId tenant = tenant(slug);
        DomainName domain = domain(rawDomain);
        existing(tenant, domain);
        if (body.policy() == null) {
            throw new InvalidValueException("policy", "policy is required");
        }
        DmarcPolicy policy = new DmarcPolicy(body.policy(), body.rua() == null || body.rua().isBlank() ? null : body.rua());
        // The same policy again changes nothing and is answered at once; a domain without a DMARC record (mail
        // server switched off) has nothing to show the change in.
        return readModel.sendThenAwait(
                        () -> commands.sendAndWait(new ChangeDmarcPolicyCommand(domain, tenant, policy)),
                        new FindMailDomainQuery(tenant, domain), MailDomainView.class,
                        view -> view.records().stream().filter(r -> r.type() == DnsRecordType.DMARC)
                                .allMatch(r -> r.expected().equals(policy.record())), SHORT_WAIT)
                .orElseGet(() -> existing(tenant, domain));
    }

    @DeleteMapping("/{domain}")
    ResponseEntity<Void> remove(@PathVariable String slug, @PathVariable("domain") String rawDomain,
                                @RequestParam(name = "newPrimary", required = false) String rawNewPrimary) {
        TenantId tenant = tenant(slug);
        DomainName domain = domain(rawDomain);
        existing(tenant, domain);
        DomainName newPrimary = rawNewPrimary == null || rawNewPrimary.isBlank() ? null
                : Fields.parse("newPrimary", rawNewPrimary, () -> new DomainName(rawNewPrimary));
        return removal.remove(tenant, domain, newPrimary, SHORT_WAIT)
                ? ResponseEntity.noContent().build()
                : ResponseEntity.accepted().location(location(tenant, domain)).build();
    }

    /** The domain name is the aggregate id: a second add collides in the event store, even when two tenants race. */
    private void send(AddMailDomainCommand command) {
        duplicates.sendCreate(commands, command, "domain-taken", "the domain '" + command.domain() + "' is already registered on this platform");
    }

    /** Operators pass the access policy for any slug, so an unknown tenant is answered here. */
    private TenantId tenant(String slug) {
        return reads.tenantId(slug);
    }

    private static DomainName domain(String raw) {
        return Fields.parse("domain", raw, () -> new DomainName(raw));
    }

    private MailDomainView existing(TenantId tenant, DomainName domain) {
        MailDomainView view = find(tenant, domain);
        if (view == null) {
            throw new NotFoundException("the tenant has no mail domain '" + domain + "'");
        }
        return view;
    }

    private MailDomainView find(TenantId tenant, DomainName domain) {
        return queries.query(new FindMailDomainQuery(tenant, domain), ResponseTypes.optionalInstanceOf(MailDomainView.class))
                .join().orElse(null);
    }

    private static URI location(TenantId tenant, DomainName domain) {
        return URI.create("/api/tenants/" + tenant.slug() + "/domains/" + domain);
    }
}
