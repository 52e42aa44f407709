package eu.dezky.adapters.dns;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * MX: the expected host must be published with the expected preference; host names compare
 * case-insensitively with the trailing dot ignored. Extra hosts we did not ask for are a mismatch too,
 * because senders would deliver part of the mail there (typically the previous provider's MX).
 */
final class MxRule implements RecordRule {

    @Override
    public RecordCheck check(ExpectedRecord expected, List<ExpectedRecord> siblings, List<String> found) {
        Mx want = Mx.parse(expected.value());
        List<Mx> published = found.stream().map(Mx::parse).toList();
        Optional<Mx> sameHost = published.stream().filter(mx -> mx.host().equals(want.host())).findFirst();
        if (sameHost.isEmpty()) {
            return RecordRule.verdict(expected, found, CheckStatus.MISMATCH,
                    "MX does not point to " + want.host() + ".");
        }
        if (sameHost.get().preference() != want.preference()) {
            return RecordRule.verdict(expected, found, CheckStatus.MISMATCH, want.host() + ". has preference "
                    + sameHost.get().preference() + ", expected " + want.preference());
        }
        Set<String> ours = siblings.stream().map(s -> Mx.parse(s.value()).host()).collect(Collectors.toSet());
        List<String> strangers = published.stream().map(Mx::host).filter(h -> !ours.contains(h)).toList();
        if (!strangers.isEmpty()) {
            return RecordRule.verdict(expected, found, CheckStatus.MISMATCH, "other mail exchangers are also "
                    + "published (" + String.join(", ", strangers) + "); senders may deliver mail there");
        }
        return RecordRule.verdict(expected, found, CheckStatus.OK, "published with the expected preference");
    }

    /** {@code "10 mail.example.com."} as rendered by {@link RecordText} and {@link ExpectedRecord#mx}. */
    private record Mx(int preference, String host) {
        static Mx parse(String value) {
            String[] parts = value.trim().split("\\s+");
            return new Mx(Integer.parseInt(parts[0]), DnsNames.normalize(parts[1]));
        }
    }
}
