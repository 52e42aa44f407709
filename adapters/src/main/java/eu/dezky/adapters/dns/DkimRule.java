package eu.dezky.adapters.dns;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * DKIM: some TXT record at {@code <selector>._domainkey} must carry our public key ({@code p=}, whitespace
 * ignored as RFC 6376 §3.6.1 allows) with the same key type ({@code k=}, default {@code rsa}). Other tags
 * ({@code h=}, {@code t=}, notes) do not decide whether signatures verify, so they are not compared.
 */
final class DkimRule implements RecordRule {

    @Override
    public RecordCheck check(ExpectedRecord expected, List<ExpectedRecord> siblings, List<String> found) {
        Key want = Key.of(expected.value());
        List<Key> published = found.stream().map(Key::of).toList();
        if (published.contains(want)) {
            return RecordRule.verdict(expected, found, CheckStatus.OK, "publishes the expected " + want.type() + " key");
        }
        if (published.stream().anyMatch(k -> k.publicKey().isEmpty())) {
            return RecordRule.verdict(expected, found, CheckStatus.MISMATCH, "the key is revoked (empty p=)");
        }
        if (published.stream().anyMatch(k -> k.publicKey().equals(want.publicKey()))) {
            return RecordRule.verdict(expected, found, CheckStatus.MISMATCH, "key type differs, expected k=" + want.type());
        }
        return RecordRule.verdict(expected, found, CheckStatus.MISMATCH,
                "the published public key (p=) is not the one the mail server signs with");
    }

    private record Key(String type, String publicKey) {
        static Key of(String txt) {
            Map<String, String> tags = TagList.parse(txt);
            return new Key(tags.getOrDefault("k", "rsa").toLowerCase(Locale.ROOT),
                    tags.getOrDefault("p", "").replaceAll("\\s+", ""));
        }
    }
}
