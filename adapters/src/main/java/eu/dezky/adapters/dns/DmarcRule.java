package eu.dezky.adapters.dns;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * DMARC: exactly one {@code v=DMARC1} record at {@code _dmarc} (with more, receivers apply no policy, RFC 7489
 * §6.6.3); its policy {@code p=} must equal ours and, when we expect reports, {@code rua=} must list the same
 * addresses. Tags are compared by value, so order, spacing and extra tags such as {@code pct=} do not matter.
 */
final class DmarcRule implements RecordRule {

    private static final Pattern DMARC = Pattern.compile("^\\s*v\\s*=\\s*DMARC1\\s*(;.*)?$", Pattern.CASE_INSENSITIVE);

    @Override
    public RecordCheck check(ExpectedRecord expected, List<ExpectedRecord> siblings, List<String> found) {
        List<String> dmarc = found.stream().filter(t -> DMARC.matcher(t).matches()).toList();
        if (dmarc.isEmpty()) {
            return RecordRule.verdict(expected, found, CheckStatus.MISSING, "no TXT record starting with v=DMARC1");
        }
        if (dmarc.size() > 1) {
            return RecordRule.verdict(expected, dmarc, CheckStatus.MISMATCH, dmarc.size()
                    + " DMARC records: receivers ignore DMARC when there is more than one (RFC 7489 §6.6.3)");
        }
        Map<String, String> want = TagList.parse(expected.value());
        Map<String, String> have = TagList.parse(dmarc.get(0));
        String wantPolicy = want.getOrDefault("p", "").toLowerCase(Locale.ROOT);
        String havePolicy = have.getOrDefault("p", "").toLowerCase(Locale.ROOT);
        if (!wantPolicy.equals(havePolicy)) {
            return RecordRule.verdict(expected, dmarc, CheckStatus.MISMATCH,
                    "policy is p=" + havePolicy + ", expected p=" + wantPolicy);
        }
        if (want.containsKey("rua") && !uris(want.get("rua")).equals(uris(have.getOrDefault("rua", "")))) {
            return RecordRule.verdict(expected, dmarc, CheckStatus.MISMATCH,
                    "aggregate reports go to rua=" + have.getOrDefault("rua", "") + ", expected rua=" + want.get("rua"));
        }
        return RecordRule.verdict(expected, dmarc, CheckStatus.OK, "policy p=" + wantPolicy + " as expected");
    }

    private static Set<String> uris(String rua) {
        return Arrays.stream(rua.split(",")).map(u -> u.trim().toLowerCase(Locale.ROOT))
                .filter(u -> !u.isEmpty()).collect(Collectors.toSet());
    }
}
