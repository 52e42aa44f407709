package eu.dezky.adapters.dns;

import java.util.List;

/**
 * The result of verifying one domain. The overall status is {@link CheckStatus#LOOKUP_FAILED} as soon as one
 * lookup failed, since an incomplete answer must lead to a retry rather than a verdict; otherwise the worst of
 * MISMATCH, MISSING, OK.
 */
public record VerificationReport(String domain, CheckStatus overall, List<RecordCheck> checks) {

    public VerificationReport {
        checks = List.copyOf(checks);
    }

    public static VerificationReport of(String domain, List<RecordCheck> checks) {
        return new VerificationReport(domain, overallOf(checks), checks);
    }

    public boolean verified() {
        return overall == CheckStatus.OK;
    }

    private static CheckStatus overallOf(List<RecordCheck> checks) {
        for (CheckStatus worst : List.of(CheckStatus.LOOKUP_FAILED, CheckStatus.MISMATCH, CheckStatus.MISSING)) {
            if (checks.stream().anyMatch(c -> c.status() == worst)) {
                return worst;
            }
        }
        return CheckStatus.OK;
    }
}
