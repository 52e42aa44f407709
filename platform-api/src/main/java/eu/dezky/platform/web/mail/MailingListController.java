package eu.dezky.platform.web.mail;

import org.springdoc.core.annotations.ParameterObject;
import eu.dezky.platform.web.http.PageParams;
import eu.dezky.api.mail.MailObjectStatus;
import eu.dezky.api.mail.MailingListPage;
import eu.dezky.api.mail.FindMailingListPageQuery;
import eu.dezky.api.common.PageRequest;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.mail.MailingListView;
import eu.dezky.platform.application.NotFoundException;
import eu.dezky.platform.application.TenantReads;
import eu.dezky.platform.application.mail.MailAddresses;
import eu.dezky.platform.application.mail.MailChange;
import eu.dezky.platform.application.mail.MailingLists;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * A tenant's distribution lists. Create and change answer 201/200 when the mail server has the list within the short
 * wait, else 202 with the operation; a change that failed and was rolled back answers 409 saying why. Remove: 204,
 * or 202 likewise.
 */
@RestController
@Tag(name = "mail lists")
class MailingListController {

    private final QueryGateway queries;
    private final TenantReads reads;
    private final MailingLists lists;
    private final Accepted accepted;

    MailingListController(QueryGateway queries, TenantReads reads, MailingLists lists, Accepted accepted) {
        this.queries = queries;
        this.reads = reads;
        this.lists = lists;
        this.accepted = accepted;
    }

    @ApiResponse(responseCode = "201", description = "Created within the short wait; Location: the list",
            content = @Content(schema = @Schema(implementation = MailingListView.class)))
    @ApiResponse(responseCode = "202", description = "Still running after the short wait: Location points at the operation",
            content = @Content(schema = @Schema(implementation = MailingListView.class)))
    @ApiResponse(responseCode = "422", description = Accepted.PROVISIONING_FAILED, content = @Content(
            mediaType = Accepted.PROBLEM_JSON, schema = @Schema(ref = Accepted.PROBLEM)))
    @PostMapping("/api/tenants/{slug}/mail/lists")
    ResponseEntity<MailingListView> create(@PathVariable String slug, @RequestBody MailRequests.CreateList body) {
        MailChange<MailingListView> created = lists.create(reads.tenantId(slug), body.address(), body.name(),
                body.recipients(), Accepted.SHORT_WAIT);
        return accepted.created(slug, created.operationId(), created.settled(),
                () -> CreatedResource.of(Locations.list(slug, created.view().address()), created.view().address(),
                        created.view().status().failedProvisioning(), created.view().reason()), created.view());
    }

    @ApiResponse(responseCode = "200", description = "Changed within the short wait",
            content = @Content(schema = @Schema(implementation = MailingListView.class)))
    @ApiResponse(responseCode = "202", description = "Still running after the short wait: Location points at the operation",
            content = @Content(schema = @Schema(implementation = MailingListView.class)))
    @PutMapping("/api/tenants/{slug}/mail/lists/{address}")
    ResponseEntity<MailingListView> change(@PathVariable String slug, @PathVariable String address,
                                           @RequestBody MailRequests.ChangeList body) {
        MailChange<MailingListView> changed = lists.change(reads.tenantId(slug), address, body.name(),
                body.recipients(), Accepted.SHORT_WAIT);
        return accepted.answer(slug, changed.operationId(), changed.settled(),
                () -> ResponseEntity.ok(changed.view()), changed.view());
    }

    /** A page of lists ({@link PageParams}: sort by createdAt, address, name or status; q searches address, name). */
    @ApiResponse(responseCode = "200", description = "A page of the tenant's lists",
            content = @Content(schema = @Schema(implementation = MailingListPage.class)))
    @GetMapping("/api/tenants/{slug}/mail/lists")
    MailingListPage list(@PathVariable String slug, @ParameterObject PageParams params) {
        PageRequest page = params.request(MailObjectStatus.class);
        return queries.query(new FindMailingListPageQuery(reads.tenantId(slug), page),
                ResponseTypes.instanceOf(MailingListPage.class)).join();
    }

    /** One list with its status and mail-server step; where a 201 points to (a 202 points to its operation). */
    @ApiResponse(responseCode = "200", description = "The list",
            content = @Content(schema = @Schema(implementation = MailingListView.class)))
    @GetMapping("/api/tenants/{slug}/mail/lists/{address}")
    MailingListView get(@PathVariable String slug, @PathVariable String address) {
        return lists.find(reads.tenantId(slug), MailAddresses.fromPath(address, "list"))
                .orElseThrow(() -> new NotFoundException("the tenant has no list " + InvalidValueException.quote(address)));
    }

    @ApiResponse(responseCode = "204", description = "Removed", content = @Content)
    @ApiResponse(responseCode = "202", description = "Still running after the short wait: Location points at the operation",
            content = @Content(schema = @Schema(implementation = MailingListView.class)))
    @DeleteMapping("/api/tenants/{slug}/mail/lists/{address}")
    ResponseEntity<MailingListView> remove(@PathVariable String slug, @PathVariable String address) {
        MailChange<MailingListView> removed = lists.remove(reads.tenantId(slug), address, Accepted.SHORT_WAIT);
        return accepted.answer(slug, removed.operationId(), removed.settled(),
                () -> ResponseEntity.noContent().build(), removed.view());
    }
}
