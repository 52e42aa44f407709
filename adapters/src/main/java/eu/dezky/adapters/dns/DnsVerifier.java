package eu.dezky.adapters.dns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Checks a domain's published mail records against what we expect, through real resolvers (dnsjava).
 * Distinct questions are asked in parallel, so a whole verification takes about one lookup's time and is
 * bounded by {@link DnsVerifierSettings#lookupBudget()} (plus half a second) even when every resolver is silent.
 * Thread-safe; one instance can serve all verifications.
 */
public class DnsVerifier {

    private final DnsLookup lookup;

    public DnsVerifier(DnsVerifierSettings settings) {
        this.lookup = new DnsLookup(settings);
    }

    /** A verifier asking 1.1.1.1 and 8.8.8.8. */
    public DnsVerifier() {
        this(DnsVerifierSettings.defaults());
    }

    public VerificationReport verify(ExpectedRecords expected) {
        if (expected.records().isEmpty()) {
            throw new IllegalArgumentException("nothing to verify for " + expected.domain());
        }
        Map<Question, CompletableFuture<LookupOutcome>> answers = new LinkedHashMap<>();
        for (ExpectedRecord record : expected.records()) {
            answers.computeIfAbsent(Question.of(record), q -> lookup.lookup(q.name(), q.type()));
        }
        CompletableFuture.allOf(answers.values().toArray(CompletableFuture[]::new)).join();

        List<RecordCheck> checks = new ArrayList<>();
        for (ExpectedRecord record : expected.records()) {
            LookupOutcome outcome = answers.get(Question.of(record)).join();
            checks.add(check(record, siblings(expected, record), outcome));
        }
        return VerificationReport.of(expected.domain(), checks);
    }

    private static RecordCheck check(ExpectedRecord record, List<ExpectedRecord> siblings, LookupOutcome outcome) {
        if (outcome instanceof LookupOutcome.Failed failed) {
            return RecordRule.verdict(record, List.of(), CheckStatus.LOOKUP_FAILED, failed.reason());
        }
        if (outcome instanceof LookupOutcome.Absent absent) {
            return RecordRule.verdict(record, List.of(), CheckStatus.MISSING, absent.reason());
        }
        List<String> found = ((LookupOutcome.Answered) outcome).records().stream().map(RecordText::of).toList();
        return RecordRule.forKind(record.kind()).check(record, siblings, found);
    }

    private static List<ExpectedRecord> siblings(ExpectedRecords all, ExpectedRecord record) {
        return all.records().stream()
                .filter(r -> r.kind() == record.kind() && r.name().equals(record.name()))
                .toList();
    }

    /** One DNS question; SPF and the ownership token are both TXT but at different names, DKIM keys likewise. */
    private record Question(String name, int type) {
        static Question of(ExpectedRecord record) {
            return new Question(record.name(), record.kind().dnsType());
        }
    }
}
