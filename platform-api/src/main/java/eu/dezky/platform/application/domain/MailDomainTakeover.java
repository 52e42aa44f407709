package eu.dezky.platform.application.domain;

import eu.dezky.adapters.dns.CheckStatus;
import eu.dezky.adapters.dns.DnsVerifier;
import eu.dezky.adapters.dns.ExpectedRecord;
import eu.dezky.adapters.dns.ExpectedRecords;
import eu.dezky.adapters.dns.RecordCheck;
import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.domain.DomainName;
import eu.dezky.api.domain.TakeOverMailDomainCommand;
import eu.dezky.api.tenant.TenantId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * A tenant takes over a domain another tenant holds without having proven ownership: the caller's own ownership
 * record (its token, under the same {@code _dezky-verify} name) is looked up through the DNS verifier, and only when
 * it is there does the domain aggregate release the domain from its holder — with its mailboxes, aliases and lists —
 * and add it to the caller. Answers the caller's operation at once: the release takes as long as those removals.
 */
@Component
public class MailDomainTakeover {

    private final CommandGateway commands;
    private final DnsVerifier dns;
    private final OwnershipTokens tokens;

    MailDomainTakeover(CommandGateway commands, DnsVerifier dns, OwnershipTokens tokens) {
        this.commands = commands;
        this.dns = dns;
        this.tokens = tokens;
    }

    /** Starts the takeover and answers the caller's operation id. */
    public String takeOver(TenantId tenant, String rawDomain) {
        DomainName domain = MailDomains.parse(rawDomain);
        String token = tokens.forClaim(tenant, domain);
        RecordCheck check = dns.verify(new ExpectedRecords(domain.value(),
                List.of(ExpectedRecord.ownership(domain.value(), token)), List.of())).checks().get(0);
        String operationId = UUID.randomUUID().toString();
        try {
            commands.sendAndWait(new TakeOverMailDomainCommand(domain, tenant, token, check.status() == CheckStatus.OK,
                    operationId, UUID.randomUUID().toString()));
        } catch (RuntimeException e) {
            RuleViolationException refused = violation(e);
            if (refused != null && refused.code().equals("ownership-not-proven")) {
                String answered = check.reason() == null ? "" : " (DNS: " + check.reason() + ")";
                throw new OwnershipRecordException(refused.code(), refused.getMessage() + answered, domain, token,
                        path(tenant, domain), check.found());
            }
            throw e;
        }
        return operationId;
    }

    /**
     * {@code failure} of an add, turned into the answer that says what to publish when another tenant holds the
     * domain unverified; any other failure as it was.
     */
    static RuntimeException heldUnverified(RuntimeException failure, TenantId tenant, DomainName domain,
                                           OwnershipTokens tokens) {
        RuleViolationException v = violation(failure);
        if (v != null && v.code().equals("domain-held-unverified")) {
            return new OwnershipRecordException(v.code(), v.getMessage(), domain, tokens.forClaim(tenant, domain),
                    path(tenant, domain), List.of());
        }
        return failure;
    }

    private static RuleViolationException violation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RuleViolationException v) {
                return v;
            }
        }
        return null;
    }

    private static String path(TenantId tenant, DomainName domain) {
        return "/api/tenants/" + tenant.slug() + "/domains/" + domain.value() + "/takeover";
    }
}
