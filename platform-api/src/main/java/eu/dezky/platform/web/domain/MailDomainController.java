package eu.dezky.platform.web.domain;

import org.springdoc.core.annotations.ParameterObject;
import eu.dezky.platform.web.http.PageParams;
import eu.dezky.api.domain.MailDomainPage;
import eu.dezky.api.domain.FindMailDomainPageQuery;
import eu.dezky.api.domain.DomainStatus;
import eu.dezky.api.common.PageRequest;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import eu.dezky.api.domain.MailDomainView;
import eu.dezky.platform.application.TenantReads;
import eu.dezky.platform.application.domain.MailDomainRemoval;
import eu.dezky.platform.application.domain.MailDomainTakeover;
import eu.dezky.platform.application.domain.MailDomains;
import eu.dezky.platform.web.http.Accepted;
import eu.dezky.platform.web.http.CreatedResource;
import eu.dezky.platform.web.http.Locations;
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

/**
 * A tenant's mail domains. Adding one (registration in the mail server), a DNS recheck and a removal wait briefly for
 * their outcome: done in time answers with the result, otherwise 202 with the operation.
 */
@RestController
@Tag(name = "mail domains")
@RequestMapping("/api/tenants/{slug}/domains")
class MailDomainController {

    private final QueryGateway queries;
    private final TenantReads reads;
    private final MailDomains domains;
    private final MailDomainRemoval removal;
    private final MailDomainTakeover takeover;
    private final Accepted accepted;

    MailDomainController(QueryGateway queries, TenantReads reads, MailDomains domains, MailDomainRemoval removal,
                         MailDomainTakeover takeover, Accepted accepted) {
        this.takeover = takeover;
        this.queries = queries;
        this.reads = reads;
        this.domains = domains;
        this.removal = removal;
        this.accepted = accepted;
    }

    @ApiResponse(responseCode = "201", description = "Registered within the short wait; Location: the domain",
            content = @Content(schema = @Schema(implementation = MailDomainView.class)))
    @ApiResponse(responseCode = "202", description = "Still running after the short wait: Location points at the operation",
            content = @Content(schema = @Schema(implementation = MailDomainView.class)))
    @ApiResponse(responseCode = "422", description = Accepted.PROVISIONING_FAILED, content = @Content(
            mediaType = Accepted.PROBLEM_JSON, schema = @Schema(ref = Accepted.PROBLEM)))
    @PostMapping
    ResponseEntity<MailDomainView> add(@PathVariable String slug, @RequestBody MailDomainRequests.Add body) {
        MailDomains.Change added = domains.add(reads.tenantId(slug), body.domain(), Accepted.SHORT_WAIT);
        return accepted.created(slug, added.operationId(), added.settled(),
                () -> CreatedResource.of(Locations.domain(slug, added.view().domain()), added.view().domain(),
                        added.view().status() == DomainStatus.FAILED, added.view().problem()), added.view());
    }

    /** A page of domains ({@link PageParams}: sort by domain or status; q searches the name). */
    @ApiResponse(responseCode = "200", description = "A page of the tenant's mail domains",
            content = @Content(schema = @Schema(implementation = MailDomainPage.class)))
    @GetMapping
    MailDomainPage list(@PathVariable String slug, @ParameterObject PageParams params) {
        PageRequest page = params.request(DomainStatus.class);
        return queries.query(new FindMailDomainPageQuery(reads.tenantId(slug), page),
                ResponseTypes.instanceOf(MailDomainPage.class)).join();
    }

    @ApiResponse(responseCode = "200", description = "The mail domain",
            content = @Content(schema = @Schema(implementation = MailDomainView.class)))
    @GetMapping("/{domain}")
    MailDomainView get(@PathVariable String slug, @PathVariable String domain) {
        return domains.existing(reads.tenantId(slug), domain);
    }

    @ApiResponse(responseCode = "200", description = "Checked within the short wait",
            content = @Content(schema = @Schema(implementation = MailDomainView.class)))
    @ApiResponse(responseCode = "202", description = "Still running after the short wait: Location points at the operation",
            content = @Content(schema = @Schema(implementation = MailDomainView.class)))
    @PostMapping("/{domain}/recheck")
    ResponseEntity<MailDomainView> recheck(@PathVariable String slug, @PathVariable String domain) {
        MailDomains.Change checked = domains.recheck(reads.tenantId(slug), domain, Accepted.SHORT_WAIT);
        return accepted.answer(slug, checked.operationId(), checked.settled(),
                () -> ResponseEntity.ok(checked.view()), checked.view());
    }

    @ApiResponse(responseCode = "200", description = "The domain with its new DMARC record",
            content = @Content(schema = @Schema(implementation = MailDomainView.class)))
    @PutMapping("/{domain}/dmarc")
    MailDomainView dmarc(@PathVariable String slug, @PathVariable String domain,
                         @RequestBody MailDomainRequests.Dmarc body) {
        return domains.changeDmarc(reads.tenantId(slug), domain, body.policy(), body.rua(), Accepted.SHORT_WAIT);
    }

    /**
     * Takes over a domain another tenant holds without having proven ownership, once the caller's own ownership record
     * (the one the 409 {@code domain-held-unverified} named) is in DNS: the holder loses the domain with its
     * mailboxes, aliases and lists, then it is added to the caller.
     */
    @ApiResponse(responseCode = "202", description = "Takeover started: Location points at the operation, which ends"
            + " with the domain set up for the caller", content = @Content)
    @PostMapping("/{domain}/takeover")
    ResponseEntity<Void> takeover(@PathVariable String slug, @PathVariable String domain) {
        String operationId = takeover.takeOver(reads.tenantId(slug), domain);
        return accepted.answer(slug, operationId, null);
    }

    @ApiResponse(responseCode = "204", description = "Removed", content = @Content)
    @ApiResponse(responseCode = "202", description = "Still running after the short wait: Location points at the operation", content = @Content)
    @DeleteMapping("/{domain}")
    ResponseEntity<Void> remove(@PathVariable String slug, @PathVariable String domain,
                                @RequestParam(name = "newPrimary", required = false) String newPrimary) {
        MailDomainRemoval.Removal removed = removal.remove(reads.tenantId(slug), domain, newPrimary,
                Accepted.SHORT_WAIT);
        return accepted.answer(slug, removed.operationId(), removed.done(),
                () -> ResponseEntity.noContent().build(), null);
    }
}
