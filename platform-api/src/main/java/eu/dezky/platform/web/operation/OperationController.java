package eu.dezky.platform.web.operation;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import eu.dezky.api.operation.OperationList;
import eu.dezky.api.operation.OperationStatus;
import eu.dezky.api.operation.OperationView;
import eu.dezky.platform.application.TenantReads;
import eu.dezky.platform.application.operation.Operations;
import eu.dezky.platform.web.http.PageParams;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;


/**
 * A tenant's operations, where every 202 of the tenant routes points: one by id, and the list newest first, for one
 * target ({@code ?target=} a member id, an address or a domain) and/or in one status, a page at a time.
 */
@RestController
@Tag(name = "operations")
class OperationController {

    private final TenantReads reads;
    private final Operations operations;

    OperationController(TenantReads reads, Operations operations) {
        this.reads = reads;
        this.operations = operations;
    }

    @ApiResponse(responseCode = "200", description = "The operation with its steps",
            content = @Content(schema = @Schema(implementation = OperationView.class)))
    @GetMapping("/api/tenants/{slug}/operations/{id}")
    OperationView operation(@PathVariable String slug, @PathVariable String id) {
        return operations.get(reads.tenantId(slug), id);
    }

    @ApiResponse(responseCode = "200", description = "A page of the tenant's operations, newest first",
            content = @Content(schema = @Schema(implementation = OperationList.class)))
    @GetMapping("/api/tenants/{slug}/operations")
    OperationList operations(@PathVariable String slug, @RequestParam(required = false) String target,
                             @RequestParam(required = false) String status,
                             @RequestParam(required = false) String cursor,
                             @RequestParam(required = false) String limit) {
        return operations.list(reads.tenantId(slug), target == null || target.isBlank() ? null : target.strip(),
                status(status), cursor, PageParams.limit(limit));
    }

    private static OperationStatus status(String raw) {
        String name = PageParams.status(raw, OperationStatus.class);
        return name == null ? null : OperationStatus.valueOf(name);
    }
}
