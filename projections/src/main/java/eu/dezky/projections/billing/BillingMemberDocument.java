package eu.dezky.projections.billing;

import eu.dezky.api.member.MemberStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member's status as far as billing cares, in {@code billing_members}, keyed by member id. Seats are members ACTIVE
 * or SUSPENDED (a suspended member keeps their accounts and mailbox, so their seat stays taken); members are all but
 * REMOVED, as the members list shows them.
 */
@Document("billing_members")
record BillingMemberDocument(@Id String id, @Indexed String tenant, MemberStatus status) {

    static boolean seated(MemberStatus status) {
        return status == MemberStatus.ACTIVE || status == MemberStatus.SUSPENDED;
    }

    static boolean listed(MemberStatus status) {
        return status != null && status != MemberStatus.REMOVED;
    }
}
