package eu.dezky.adapters.dns;

import java.nio.charset.StandardCharsets;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.TXTRecord;

/**
 * Renders published and expected records in the same shape, so rules compare like with like: TXT as its
 * character-strings joined (a long DKIM key is one value however it was chunked), MX as {@code "10 host."}.
 */
final class RecordText {

    private RecordText() {
    }

    static String of(Record record) {
        if (record instanceof TXTRecord txt) {
            // Raw bytes rather than getStrings(), which re-escapes quotes and backslashes for zone-file output.
            StringBuilder joined = new StringBuilder();
            txt.getStringsAsByteArrays().forEach(chunk -> joined.append(new String(chunk, StandardCharsets.UTF_8)));
            return joined.toString();
        }
        if (record instanceof MXRecord mx) {
            return mx.getPriority() + " " + DnsNames.normalize(mx.getTarget().toString()) + ".";
        }
        return record.rdataToString();
    }
}
