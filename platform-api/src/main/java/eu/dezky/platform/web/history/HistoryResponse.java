package eu.dezky.platform.web.history;

import eu.dezky.api.domain.MailDomainList;
import eu.dezky.api.domain.MailDomainPage;
import eu.dezky.api.mail.MailAliasPage;
import eu.dezky.api.mail.MailingListPage;
import eu.dezky.api.member.MemberOperationView;
import eu.dezky.api.member.MemberStatus;
import eu.dezky.api.member.MemberView;
import eu.dezky.api.member.StepStatus;
import eu.dezky.api.member.SystemAccount;
import eu.dezky.api.tenant.TenantStatus;
import eu.dezky.api.tenant.TenantView;
import eu.dezky.platform.history.TenantSnapshot;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * {@code GET /history?at=}: each part has the shape of the route that shows it today: {@code tenant} as
 * {@code GET /api/tenants/{slug}}, {@code members} as {@code GET …/members?includeRemoved=true}, {@code domains},
 * {@code aliases} and {@code lists} as their list routes (a first page holding everything). The tenant and member shapes mirror the web layer's
 * responses field by field (a test compares them with the live routes); the lists are the query views those routes
 * return as they are.
 */
record HistoryResponse(Instant at, int events, Tenant tenant, Members members, MailDomainPage domains,
                       MailAliasPage aliases, MailingListPage lists) {

    /**
     * As {@code GET /api/tenants/{slug}} answers. Reconciliations observe the external systems, not the tenant: the
     * history does not replay them, so {@code provisioningStatus} and {@code provisioningErrors} are empty.
     */
    record Tenant(String slug, String displayName, String partnerId, List<Admin> admins, Instant createdAt,
                  String primaryMailDomain, Map<String, String> provisioningStatus,
                  Map<String, List<String>> provisioningErrors, TenantStatus status) {

        record Admin(String subject, String email) {
        }
    }

    /** As {@code GET /members} answers: one page holding them all. */
    record Members(List<Member> members, long total) {
    }

    /** As each entry of {@code GET /members}, the role spelled as in requests. */
    record Member(String id, String tenant, String displayName, String username, String role, String mailbox,
                  MemberStatus status, String reason, List<StepStatus> steps, Instant createdAt,
                  List<SystemAccount> systems, MemberOperationView operation, String ssoSubject) {
    }

    static HistoryResponse of(TenantSnapshot snapshot) {
        TenantView view = snapshot.tenant();
        Tenant tenant = new Tenant(view.slug(), view.displayName(),
                view.partnerId() == null ? null : view.partnerId().value(),
                view.admins().stream().map(a -> new Tenant.Admin(a.subject(), a.email().value())).toList(),
                view.createdAt(), view.primaryMailDomain() == null ? null : view.primaryMailDomain().value(),
                Map.of(), Map.of(), view.status());
        List<Member> members = snapshot.members().members().stream().map(HistoryResponse::member).toList();
        MailDomainList domains = snapshot.domains();
        // every list in one page, as the list routes answer a first page that holds everything
        return new HistoryResponse(snapshot.at(), snapshot.events(), tenant, new Members(members, members.size()),
                new MailDomainPage(domains.domains(), domains.needingAttention(), domains.domains().size(), null),
                new MailAliasPage(snapshot.aliases().aliases(), snapshot.aliases().aliases().size(), null),
                new MailingListPage(snapshot.lists().lists(), snapshot.lists().lists().size(), null));
    }

    private static Member member(MemberView view) {
        return new Member(view.id(), view.tenant(), view.displayName(), view.username(),
                view.role() == null ? null : view.role().name().toLowerCase(Locale.ROOT), view.mailbox(),
                view.status(), view.reason(), view.steps(), view.createdAt(), view.systems(), view.operation(),
                view.ssoSubject());
    }
}
