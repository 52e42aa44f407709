package eu.dezky.adapters.dns;

import java.util.List;

/**
 * Compares one expected record with the values published at its name, the way a mail admin would judge it.
 * Called only when the resolver returned records of the right type; absence and failed lookups are decided
 * before a rule runs.
 */
interface RecordRule {

    /**
     * @param expected the record we want
     * @param siblings all expected records of the same kind at the same name (MX needs the whole set)
     * @param found    the published values, rendered by {@link RecordText}
     */
    RecordCheck check(ExpectedRecord expected, List<ExpectedRecord> siblings, List<String> found);

    static RecordCheck verdict(ExpectedRecord expected, List<String> found, CheckStatus status, String reason) {
        return new RecordCheck(expected.kind(), expected.name(), expected.value(), found, status, reason);
    }

    static RecordRule forKind(RecordKind kind) {
        return switch (kind) {
            case MX -> new MxRule();
            case SPF -> new SpfRule();
            case DKIM -> new DkimRule();
            case DMARC -> new DmarcRule();
            case OWNERSHIP -> new OwnershipRule();
        };
    }
}
