package eu.dezky.platform.web.audit;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.dezky.api.audit.AuditEntryView;
import eu.dezky.api.audit.AuditFilter;
import eu.dezky.api.audit.AuditPage;
import eu.dezky.api.audit.FindAuditEntriesQuery;
import eu.dezky.api.audit.FindAuditTrailQuery;
import eu.dezky.api.common.InvalidValueException;
import eu.dezky.api.common.RuleViolationException;
import eu.dezky.api.tenant.FindTenantQuery;
import eu.dezky.api.tenant.TenantId;
import eu.dezky.api.tenant.TenantView;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

import java.io.IOException;
import java.io.OutputStream;
import java.util.stream.Stream;

/**
 * {@code GET /api/tenants/{slug}/audit} (whoever may act on the tenant) and {@code GET /api/operator/audit} (operators,
 * all tenants, optionally {@code tenant=}): newest first, {@code ?from=&to=&type=&actor=&target=&cursor=&limit=}.
 * JSON pages carry {@code nextCursor}; with {@code Accept: application/x-ndjson} the whole selection is streamed,
 * one entry per line, read from the read model page by page as it is written out.
 */
@RestController
class AuditController {

    static final String NDJSON = "application/x-ndjson";

    private final QueryGateway queries;
    private final ObjectMapper json;

    AuditController(QueryGateway queries, ObjectMapper json) {
        this.queries = queries;
        this.json = json;
    }

    @ApiResponse(responseCode = "200", description = "A page of entries, newest first; with Accept:"
            + " application/x-ndjson the whole selection, one entry per line",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = AuditPage.class)),
                    @Content(mediaType = NDJSON, schema = @Schema(implementation = AuditEntryView.class))})
    @GetMapping("/api/tenants/{slug}/audit")
    ResponseEntity<AuditPage> tenant(@PathVariable String slug, AuditParameters parameters,
                                     @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                     HttpServletResponse response) throws IOException {
        return answer(parameters, parameters.filter(existing(slug)), accept, response);
    }

    /** The same across tenants; {@code tenant=} narrows it to one. */
    @ApiResponse(responseCode = "200", description = "A page of entries, newest first; with Accept:"
            + " application/x-ndjson the whole selection, one entry per line",
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = AuditPage.class)),
                    @Content(mediaType = NDJSON, schema = @Schema(implementation = AuditEntryView.class))})
    @GetMapping("/api/operator/audit")
    ResponseEntity<AuditPage> all(@RequestParam(required = false) String tenant, AuditParameters parameters,
                                  @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                  HttpServletResponse response) throws IOException {
        TenantId tenantId = tenant == null || tenant.isBlank() ? null : slug("tenant", tenant);
        return answer(parameters, parameters.filter(tenantId), accept, response);
    }

    /** A page as JSON, or, asked for NDJSON, the whole selection written straight to the response. */
    private ResponseEntity<AuditPage> answer(AuditParameters parameters, AuditFilter filter, String accept,
                                             HttpServletResponse response) throws IOException {
        if (accept == null || !accept.contains(NDJSON)) {
            return ResponseEntity.ok(queries.query(new FindAuditEntriesQuery(filter, parameters.before(),
                    parameters.pageSize()), ResponseTypes.instanceOf(AuditPage.class)).join());
        }
        response.setContentType(NDJSON);
        OutputStream out = response.getOutputStream();
        try (Stream<AuditEntryView> entries = Flux.from(queries.streamingQuery(new FindAuditTrailQuery(filter),
                AuditEntryView.class)).toStream(256)) {
            for (AuditEntryView entry : (Iterable<AuditEntryView>) entries::iterator) {
                out.write(json.writeValueAsBytes(entry));
                out.write('\n');
            }
        }
        out.flush();
        return null; // written
    }

    /** The tenant named by the path; 404 for an unknown one (only operators get this far for it). */
    private TenantId existing(String slug) {
        TenantId tenantId = slug("slug", slug);
        queries.query(new FindTenantQuery(tenantId), ResponseTypes.optionalInstanceOf(TenantView.class)).join()
                .orElseThrow(() -> new RuleViolationException("tenant-not-found", "tenant '" + slug + "' does not exist"));
        return tenantId;
    }

    private static TenantId slug(String field, String raw) {
        try {
            return new TenantId(raw);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.getMessage());
        }
    }
}
