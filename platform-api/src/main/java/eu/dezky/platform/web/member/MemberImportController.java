package eu.dezky.platform.web.member;

import eu.dezky.api.tenant.TenantView;
import eu.dezky.platform.application.TenantReads;
import eu.dezky.platform.application.member.MemberImport;
import eu.dezky.platform.security.Caller;
import eu.dezky.platform.web.http.Accepted;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * Bulk import of members from a CSV file or a JSON array. {@code ?dryRun=true} answers per row what would happen and
 * changes nothing; otherwise 202 with the import's operation (a step per row), whose one-time passwords the caller
 * downloads once.
 */
@RestController
@Tag(name = "members")
class MemberImportController {

    private static final String CSV = "text/csv";

    private final TenantReads reads;
    private final MemberImport imports;
    private final Accepted accepted;

    MemberImportController(TenantReads reads, MemberImport imports, Accepted accepted) {
        this.reads = reads;
        this.imports = imports;
        this.accepted = accepted;
    }

    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The rows: a CSV file whose "
            + "first line is the header row displayName,username,role, or a JSON array of objects with those fields;"
            + " at most " + MemberImport.MAX_ROWS + " rows", content = {
            @Content(mediaType = CSV, schema = @Schema(type = "string"), examples = @ExampleObject(
                    value = "displayName,username,role\nAlice Example,alice,member\n")),
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    array = @ArraySchema(schema = @Schema(implementation = MemberImportAnswers.ImportRow.class)))})
    @ApiResponse(responseCode = "200", description = "Dry run: what would happen to each row; nothing changed",
            content = @Content(schema = @Schema(implementation = MemberImportAnswers.DryRun.class)))
    @ApiResponse(responseCode = "202", description = "Import started: Location points at its operation, a step per row",
            content = @Content(schema = @Schema(implementation = MemberImportAnswers.Started.class)))
    @PostMapping(path = "/api/tenants/{slug}/members:import", consumes = {CSV, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<?> importMembers(@PathVariable String slug,
                                    @Parameter(description = "true: answer per row what would happen, change nothing")
                                    @RequestParam(defaultValue = "false") boolean dryRun,
                                    @RequestHeader("Content-Type") String contentType,
                                    @RequestBody String body) {
        List<MemberImport.Row> rows = MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.valueOf(CSV))
                ? ImportFiles.csv(body) : ImportFiles.json(body);
        TenantView tenant = reads.tenant(slug);
        if (dryRun) {
            return ResponseEntity.ok(MemberImportAnswers.DryRun.of(imports.plan(tenant, rows)));
        }
        String operationId = imports.start(tenant, rows);
        return accepted.answer(slug, operationId, new MemberImportAnswers.Started(operationId, rows.size(),
                "/api/tenants/" + slug + "/members:import/" + operationId + "/passwords"));
    }

    @ApiResponse(responseCode = "200", description = "The import's one-time passwords, this once, to the caller who"
            + " started it (rows not created are left out)",
            content = @Content(schema = @Schema(implementation = MemberImportAnswers.Passwords.class)))
    @GetMapping("/api/tenants/{slug}/members:import/{operationId}/passwords")
    MemberImportAnswers.Passwords passwords(@PathVariable String slug, @PathVariable String operationId,
                                            @AuthenticationPrincipal Caller caller) {
        return new MemberImportAnswers.Passwords(imports.passwords(reads.tenantId(slug), operationId, caller));
    }
}
