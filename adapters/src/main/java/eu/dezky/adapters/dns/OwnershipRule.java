package eu.dezky.adapters.dns;

import java.util.List;

/**
 * Ownership: the token is a secret we handed out, so it must appear exactly; a near-miss (old token, typo)
 * proves nothing.
 */
final class OwnershipRule implements RecordRule {

    @Override
    public RecordCheck check(ExpectedRecord expected, List<ExpectedRecord> siblings, List<String> found) {
        if (found.stream().anyMatch(v -> v.trim().equals(expected.value()))) {
            return RecordRule.verdict(expected, found, CheckStatus.OK, "the ownership token matches");
        }
        return RecordRule.verdict(expected, found, CheckStatus.MISMATCH,
                "TXT records exist here but none is " + expected.value());
    }
}
