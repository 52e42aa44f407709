package eu.dezky.projections;

import eu.dezky.projections.audit.AuditProjection;
import eu.dezky.projections.domain.MailDomainProjection;
import eu.dezky.projections.mail.MailAliasProjection;
import eu.dezky.projections.mail.MailingListProjection;
import eu.dezky.projections.member.MailAddressClaimProjection;
import eu.dezky.projections.member.MemberProjection;
import eu.dezky.projections.tenant.TenantProjection;

import java.util.List;

/**
 * The processing groups of all projections. Their tracking tokens live in MongoDB with the read models; a test
 * checks that every {@code @ProcessingGroup} in this module is listed here.
 */
public final class ProjectionGroups {

    public static final List<String> ALL = List.of(TenantProjection.PROCESSING_GROUP, MailDomainProjection.PROCESSING_GROUP,
            MemberProjection.PROCESSING_GROUP, MailAliasProjection.PROCESSING_GROUP,
            MailingListProjection.PROCESSING_GROUP, MailAddressClaimProjection.PROCESSING_GROUP,
            AuditProjection.PROCESSING_GROUP);

    private ProjectionGroups() {
    }
}
