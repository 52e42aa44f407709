package eu.dezky.platform.web.operation;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.operation.OperationList;
import eu.dezky.api.operation.OperationStatus;
import eu.dezky.api.operation.OperationView;
import eu.dezky.platform.application.TenantReads;
import eu.dezky.platform.application.operation.Operations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/**
 * A tenant's operations, where every 202 of the tenant routes points: one by id, and the list newest first, for one
 * target ({@code ?target=} a member id, an address or a domain) and/or in one status, a page at a time.
 */
@RestController
@Tag(name = "operations")
class OperationController {

    private static final int DEFAULT_LIMIT = 50;

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
                             @RequestParam(defaultValue = "" + DEFAULT_LIMIT) String limit) {
        return operations.list(reads.tenantId(slug), target == null || target.isBlank() ? null : target.strip(),
                status(status), cursor, limit(limit));
    }

    private static OperationStatus status(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return OperationStatus.valueOf(raw.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("status", "status must be one of running, done, failed, needs-attention");
        }
    }

    private static int limit(String raw) {
        try {
            int limit = Integer.parseInt(raw.strip());
            if (limit >= 1 && limit <= Operations.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidValueException("limit", "limit must be a whole number from 1 to " + Operations.MAX_LIMIT);
    }
}
