package eu.dezky.platform.web.mail;

import org.springdoc.core.annotations.ParameterObject;
import eu.dezky.platform.web.http.PageParams;
import eu.dezky.api.mail.MailObjectStatus;
import eu.dezky.api.mail.MailAliasPage;
import eu.dezky.api.mail.FindMailAliasPageQuery;
import eu.dezky.api.common.PageRequest;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.mail.MailAliasView;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.platform.application.NotFoundException;
import eu.dezky.platform.application.TenantReads;
import eu.dezky.platform.application.mail.MailAddresses;
import eu.dezky.platform.application.mail.MailAliases;
import eu.dezky.platform.application.mail.MailChange;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A tenant's mail aliases. Create: 201 with the alias once the mail server has it within the short wait, else 202 with
 * its operation. Remove: 204 once the mail server no longer has it, else 202 likewise.
 */
@RestController
@Tag(name = "mail aliases")
class MailAliasController {

    private final QueryGateway queries;
    private final TenantReads reads;
    private final MailAliases aliases;
    private final Accepted accepted;

    MailAliasController(QueryGateway queries, TenantReads reads, MailAliases aliases, Accepted accepted) {
        this.queries = queries;
        this.reads = reads;
        this.aliases = aliases;
        this.accepted = accepted;
    }

    @ApiResponse(responseCode = "201", description = "Created within the short wait; Location: the alias",
            content = @Content(schema = @Schema(implementation = MailAliasView.class)))
    @ApiResponse(responseCode = "202", description = "Still running after the short wait: Location points at the operation",
            content = @Content(schema = @Schema(implementation = MailAliasView.class)))
    @ApiResponse(responseCode = "422", description = Accepted.PROVISIONING_FAILED, content = @Content(
            mediaType = Accepted.PROBLEM_JSON, schema = @Schema(ref = Accepted.PROBLEM)))
    @PostMapping("/api/tenants/{slug}/mail/aliases")
    ResponseEntity<MailAliasView> create(@PathVariable String slug, @RequestBody MailRequests.CreateAlias body) {
        MailChange<MailAliasView> created = aliases.create(reads.tenantId(slug), body.address(), body.memberId(),
                Accepted.SHORT_WAIT);
        return accepted.created(slug, created.operationId(), created.settled(),
                () -> CreatedResource.of(Locations.alias(slug, created.view().address()), created.view().address(),
                        created.view().status().failedProvisioning(), created.view().reason()), created.view());
    }

    /** A page of aliases ({@link PageParams}: sort by createdAt, address or status; q searches address, mailbox). */
    @ApiResponse(responseCode = "200", description = "A page of the tenant's aliases",
            content = @Content(schema = @Schema(implementation = MailAliasPage.class)))
    @GetMapping("/api/tenants/{slug}/mail/aliases")
    MailAliasPage list(@PathVariable String slug, @ParameterObject PageParams params) {
        PageRequest page = params.request(MailObjectStatus.class);
        return queries.query(new FindMailAliasPageQuery(reads.tenantId(slug), page),
                ResponseTypes.instanceOf(MailAliasPage.class)).join();
    }

    /** One alias with its status and mail-server step; where a 201 points to (a 202 points to its operation). */
    @ApiResponse(responseCode = "200", description = "The alias",
            content = @Content(schema = @Schema(implementation = MailAliasView.class)))
    @GetMapping("/api/tenants/{slug}/mail/aliases/{address}")
    MailAliasView get(@PathVariable String slug, @PathVariable String address) {
        TenantId tenant = reads.tenantId(slug);
        return aliases.find(tenant, MailAddresses.fromPath(address, "alias"))
                .orElseThrow(() -> new NotFoundException("the tenant has no alias " + InvalidValueException.quote(address)));
    }

    @ApiResponse(responseCode = "204", description = "Removed", content = @Content)
    @ApiResponse(responseCode = "202", description = "Still running after the short wait: Location points at the operation",
            content = @Content(schema = @Schema(implementation = MailAliasView.class)))
    @DeleteMapping("/api/tenants/{slug}/mail/aliases/{address}")
    ResponseEntity<MailAliasView> remove(@PathVariable String slug, @PathVariable String address) {
        MailChange<MailAliasView> removed = aliases.remove(reads.tenantId(slug), address, Accepted.SHORT_WAIT);
        return accepted.answer(slug, removed.operationId(), removed.settled(),
                () -> ResponseEntity.noContent().build(), removed.view());
    }
}
