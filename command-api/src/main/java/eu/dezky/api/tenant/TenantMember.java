package eu.dezky.api.tenant;

import eu.dezky.api.member.MemberId;

/** A member a tenant operation acts on, with the mailbox a person recognises them by. */
public record TenantMember(MemberId memberId, String mailbox) {
}
