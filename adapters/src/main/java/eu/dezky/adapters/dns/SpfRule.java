package eu.dezky.adapters.dns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * SPF: exactly one {@code v=spf1} TXT record may exist at the apex; with two or more, receivers return
 * permerror (RFC 7208 §4.5) and SPF fails even if one of them is right. The single record must contain every
 * term we expect (so {@code v=spf1 mx include:other -all} satisfies {@code v=spf1 mx -all}), counting only
 * terms before {@code all}, since nothing after it is ever evaluated (RFC 7208 §5.1).
 */
final class SpfRule implements RecordRule {

    @Override
    public RecordCheck check(ExpectedRecord expected, List<ExpectedRecord> siblings, List<String> found) {
        List<String> spf = found.stream().filter(SpfRule::isSpf).toList();
        if (spf.isEmpty()) {
            return RecordRule.verdict(expected, spf, CheckStatus.MISSING,
                    "no TXT record starting with v=spf1 at the domain apex");
        }
        if (spf.size() > 1) {
            return RecordRule.verdict(expected, spf, CheckStatus.MISMATCH, spf.size() + " SPF records at the apex: "
                    + "receivers treat this as a permanent error (RFC 7208 permerror) and SPF fails; merge them into one");
        }
        List<String> have = effectiveTerms(spf.get(0));
        List<String> lacking = terms(expected.value()).stream().filter(t -> !have.contains(t)).toList();
        if (!lacking.isEmpty()) {
            return RecordRule.verdict(expected, spf, CheckStatus.MISMATCH,
                    "the SPF record lacks " + String.join(" ", lacking));
        }
        return RecordRule.verdict(expected, spf, CheckStatus.OK, "one SPF record with the expected terms");
    }

    static boolean isSpf(String txt) {
        String t = txt.trim().toLowerCase(Locale.ROOT);
        return t.equals("v=spf1") || t.startsWith("v=spf1 ");
    }

    private static List<String> terms(String spf) {
        return List.of(spf.trim().toLowerCase(Locale.ROOT).split("\\s+"));
    }

    private static List<String> effectiveTerms(String spf) {
        List<String> effective = new ArrayList<>();
        for (String term : terms(spf)) {
            effective.add(term);
            if (term.replaceFirst("^[-+~?]", "").equals("all")) {
                break;
            }
        }
        return effective;
    }
}
