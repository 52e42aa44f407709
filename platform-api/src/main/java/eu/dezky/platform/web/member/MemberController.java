package eu.dezky.platform.web.member;

import org.springdoc.core.annotations.ParameterObject;
import eu.dezky.platform.web.http.PageParams;
import eu.dezky.api.member.MemberPage;
import eu.dezky.api.member.FindMemberPageQuery;
import eu.dezky.api.common.PageRequest;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.tenant.TenantView;
import eu.dezky.platform.application.TenantReads;
import eu.dezky.platform.application.member.MemberLinking;
import eu.dezky.platform.application.member.MemberOnboarding;
import eu.dezky.platform.application.member.MemberStarted;
import eu.dezky.platform.security.Caller;
import eu.dezky.platform.web.http.Accepted;
import eu.dezky.platform.web.http.CreatedResource;
import eu.dezky.platform.web.http.Locations;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A tenant's members. A create with a {@code username} onboards a new person, one with a {@code mailbox} links a
 * person of another tenant; either answers 201 with the member when onboarding ended within the short wait, else 202
 * with the onboarding operation. The one-time password is in this answer only. Access is decided by the tenant policy
 * first.
 */
@RestController
@Tag(name = "members")
class MemberController {

    private final QueryGateway queries;
    private final TenantReads reads;
    private final MemberOnboarding onboarding;
    private final MemberLinking linking;
    private final Accepted accepted;

    MemberController(QueryGateway queries, TenantReads reads, MemberOnboarding onboarding, MemberLinking linking,
                     Accepted accepted) {
        this.queries = queries;
        this.reads = reads;
        this.onboarding = onboarding;
        this.linking = linking;
        this.accepted = accepted;
    }

    @ApiResponse(responseCode = "201", description = "Onboarded (or linked) within the short wait; Location: the member; the one-time password is shown this once",
            content = @Content(schema = @Schema(implementation = MemberAnswers.Created.class)))
    @ApiResponse(responseCode = "202", description = "Still running after the short wait: Location points at the operation",
            content = @Content(schema = @Schema(implementation = MemberAnswers.Created.class)))
    @ApiResponse(responseCode = "422", description = Accepted.PROVISIONING_FAILED, content = @Content(
            mediaType = Accepted.PROBLEM_JSON, schema = @Schema(ref = Accepted.PROBLEM)))
    @PostMapping("/api/tenants/{slug}/members")
    ResponseEntity<MemberAnswers.Created> create(@PathVariable String slug, @RequestBody MemberRequests.Create body,
                                                 @AuthenticationPrincipal Caller caller) {
        TenantView tenant = reads.tenant(slug);
        MemberStarted started = body.mailbox() != null
                ? linking.link(tenant, body.displayName(), body.username(), body.mailbox(), body.role(), caller,
                        Accepted.SHORT_WAIT)
                : onboarding.create(tenant, body.displayName(), body.username(), body.role(), Accepted.SHORT_WAIT);
        MemberAnswers.Created answer = MemberAnswers.Created.of(started);
        return accepted.created(slug, started.operationId(), started.settled(),
                () -> CreatedResource.of(Locations.member(slug, started.memberId()), started.memberId(),
                        answer.status() == MemberStatus.FAILED, answer.reason()), answer);
    }

    /**
     * A page of members ({@link PageParams}: sort by createdAt, displayName, mailbox or status; q searches name,
     * username and mailbox). Removed members are history: listed only on request ({@code ?includeRemoved=true} or
     * {@code status=removed}), always found by id.
     */
    @ApiResponse(responseCode = "200", description = "A page of the tenant's members",
            content = @Content(schema = @Schema(implementation = MemberAnswers.Members.class)))
    @GetMapping("/api/tenants/{slug}/members")
    MemberAnswers.Members list(@PathVariable String slug,
                               @RequestParam(defaultValue = "false") boolean includeRemoved,
                               @ParameterObject PageParams params) {
        PageRequest page = params.request(MemberStatus.class);
        boolean removed = includeRemoved || MemberStatus.REMOVED.name().equals(page.status());
        return MemberAnswers.Members.of(queries.query(new FindMemberPageQuery(reads.tenantId(slug), page, removed),
                ResponseTypes.instanceOf(MemberPage.class)).join());
    }

    @ApiResponse(responseCode = "200", description = "The member",
            content = @Content(schema = @Schema(implementation = MemberAnswers.Member.class)))
    @GetMapping("/api/tenants/{slug}/members/{id}")
    MemberAnswers.Member get(@PathVariable String slug, @PathVariable String id) {
        return MemberAnswers.Member.of(reads.member(reads.tenantId(slug), id));
    }
}
