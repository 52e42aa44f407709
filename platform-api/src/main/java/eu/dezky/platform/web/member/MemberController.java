package eu.dezky.platform.web.member;

import eu.dezky.api.member.FindMembersQuery;
import eu.dezky.api.member.MemberList;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.tenant.TenantView;
import eu.dezky.platform.application.TenantReads;
import eu.dezky.platform.application.member.MemberLinking;
import eu.dezky.platform.application.member.MemberOnboarding;
import eu.dezky.platform.application.member.MemberStarted;
import eu.dezky.platform.security.Caller;
import eu.dezky.platform.web.http.Accepted;
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

    @PostMapping("/api/tenants/{slug}/members")
    ResponseEntity<MemberAnswers.Created> create(@PathVariable String slug, @RequestBody MemberRequests.Create body,
                                                 @AuthenticationPrincipal Caller caller) {
        TenantView tenant = reads.tenant(slug);
        MemberStarted started = body.mailbox() != null
                ? linking.link(tenant, body.displayName(), body.username(), body.mailbox(), body.role(), caller,
                        Accepted.SHORT_WAIT)
                : onboarding.create(tenant, body.displayName(), body.username(), body.role(), Accepted.SHORT_WAIT);
        MemberAnswers.Created answer = MemberAnswers.Created.of(started);
        return accepted.answer(slug, started.operationId(), started.settled(),
                () -> ResponseEntity.created(Locations.member(slug, started.memberId())).body(answer), answer);
    }

    /** Removed members are history: listed only on request ({@code ?includeRemoved=true}), always found by id. */
    @GetMapping("/api/tenants/{slug}/members")
    MemberAnswers.Members list(@PathVariable String slug,
                               @RequestParam(defaultValue = "false") boolean includeRemoved) {
        MemberList all = queries.query(new FindMembersQuery(reads.tenantId(slug)),
                ResponseTypes.instanceOf(MemberList.class)).join();
        return MemberAnswers.Members.of(includeRemoved ? all : new MemberList(all.members().stream()
                .filter(member -> member.status() != MemberStatus.REMOVED).toList()));
    }

    @GetMapping("/api/tenants/{slug}/members/{id}")
    MemberAnswers.Member get(@PathVariable String slug, @PathVariable String id) {
        return MemberAnswers.Member.of(reads.member(reads.tenantId(slug), id));
    }
}
