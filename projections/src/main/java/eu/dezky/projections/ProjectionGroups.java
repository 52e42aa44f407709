package eu.dezky.projections;

import eu.dezky.projections.billing.TenantBillingProjection;
import eu.dezky.projections.audit.AuditProjection;
import eu.dezky.projections.domain.MailDomainProjection;
import eu.dezky.projections.mail.MailAliasProjection;
import eu.dezky.projections.mail.MailingListProjection;
import eu.dezky.projections.claim.MailAddressClaimProjection;
import eu.dezky.projections.member.MemberProjection;
import eu.dezky.projections.operation.OperationViews;
import eu.dezky.projections.partner.PartnerProjection;
import eu.dezky.projections.partner.TenantDirectoryProjection;
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
            OperationViews.PROCESSING_GROUP, PartnerProjection.PROCESSING_GROUP, TenantDirectoryProjection.PROCESSING_GROUP,
            TenantBillingProjection.PROCESSING_GROUP, AuditProjection.PROCESSING_GROUP);

    /**
     * The groups whose documents gather events of several aggregates of one tenant: they run one sequence per tenant
     * ({@link TenantSequencingPolicy}).
     */
    public static final List<String> PER_TENANT = List.of(TenantDirectoryProjection.PROCESSING_GROUP,
            TenantBillingProjection.PROCESSING_GROUP);

    private ProjectionGroups() {
    }
}
