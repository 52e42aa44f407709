package eu.dezky.api.member;

import eu.dezky.api.common.TenantScoped;
import eu.dezky.api.tenant.TenantId;

/** The member's SSO identity exists; their tokens carry {@code subject} as {@code sub}. */
public record MemberSsoSubjectRecordedEvent(MemberId memberId, TenantId tenantId, String subject)
        implements TenantScoped {
}
