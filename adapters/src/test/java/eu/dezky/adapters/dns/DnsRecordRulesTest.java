package eu.dezky.adapters.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison rules on their own, for the edge cases a zone served by a test server would make verbose. */
class DnsRecordRulesTest {

    private static final ExpectedRecord MX = ExpectedRecord.mx("example.com", 10, "mail.example.com");
    private static final ExpectedRecord SPF = ExpectedRecord.spf("example.com", "v=spf1 mx -all");
    private static final ExpectedRecord DKIM = ExpectedRecord.dkim("example.com", "s1", "v=DKIM1; k=rsa; p=ABCDEF");
    private static final ExpectedRecord DMARC = ExpectedRecord.dmarc("example.com", "v=DMARC1; p=reject");
    private static final ExpectedRecord TOKEN = ExpectedRecord.ownership("example.com", "abc");

    @Test
    void mxHostComparesWithoutCaseOrTrailingDot() {
        assertThat(check(MX, "10 MAIL.Example.COM.").status()).isEqualTo(CheckStatus.OK);
    }

    @Test
    void anUnexpectedExtraMxHostIsAMismatchBecauseMailWouldBeSplit() {
        RecordCheck check = check(MX, "10 mail.example.com.", "20 mx.old-provider.net.");

        assertThat(check.status()).isEqualTo(CheckStatus.MISMATCH);
        assertThat(check.reason()).contains("mx.old-provider.net");
    }

    @Test
    void twoExpectedMxHostsAreNotStrangersToEachOther() {
        ExpectedRecord backup = ExpectedRecord.mx("example.com", 20, "backup.example.com");
        RecordCheck check = new MxRule().check(MX, List.of(MX, backup),
                List.of("10 mail.example.com.", "20 backup.example.com."));

        assertThat(check.status()).isEqualTo(CheckStatus.OK);
    }

    @Test
    void spfWithAdditionalMechanismsStillSatisfiesTheExpectedTerms() {
        assertThat(check(SPF, "v=spf1 a mx include:_spf.example.net -all").status()).isEqualTo(CheckStatus.OK);
    }

    @Test
    void spfWithASofterAllIsAMismatchNamingTheLackingTerm() {
        RecordCheck check = check(SPF, "v=spf1 mx ~all");

        assertThat(check.status()).isEqualTo(CheckStatus.MISMATCH);
        assertThat(check.reason()).endsWith("lacks -all");
    }

    @Test
    void spfTermsAfterAllDoNotCountBecauseTheyAreNeverEvaluated() {
        assertThat(check(SPF, "v=spf1 -all mx").status()).isEqualTo(CheckStatus.MISMATCH);
    }

    @Test
    void otherApexTxtRecordsWithoutSpfMeanSpfIsMissing() {
        RecordCheck check = check(SPF, "google-site-verification=x", "v=spf10 nonsense");

        assertThat(check.status()).isEqualTo(CheckStatus.MISSING);
        assertThat(check.found()).isEmpty();
    }

    @Test
    void dkimKeyComparesIgnoringWhitespaceInsideP() {
        assertThat(check(DKIM, "v=DKIM1; p=ABC DEF; k=rsa; t=s").status()).isEqualTo(CheckStatus.OK);
    }

    @Test
    void dkimWithoutKTagMeansRsa() {
        assertThat(check(DKIM, "v=DKIM1; p=ABCDEF").status()).isEqualTo(CheckStatus.OK);
    }

    @Test
    void dkimSameKeyDifferentKeyTypeIsAMismatch() {
        assertThat(check(DKIM, "v=DKIM1; k=ed25519; p=ABCDEF").reason()).contains("k=rsa");
    }

    @Test
    void aRevokedDkimKeyIsAMismatchSayingSo() {
        assertThat(check(DKIM, "v=DKIM1; k=rsa; p=").reason()).contains("revoked");
    }

    @Test
    void dmarcWithoutExpectedRuaAcceptsAnyReportAddress() {
        assertThat(check(DMARC, "v=DMARC1; rua=mailto:a@b.example; p=REJECT").status()).isEqualTo(CheckStatus.OK);
    }

    @Test
    void dmarcExpectedRuaMustListTheSameAddresses() {
        ExpectedRecord withRua = ExpectedRecord.dmarc("example.com", "v=DMARC1; p=reject; rua=mailto:pm@example.com");

        assertThat(check(withRua, "v=DMARC1; p=reject; rua=mailto:other@example.net").status())
                .isEqualTo(CheckStatus.MISMATCH);
    }

    @Test
    void twoDmarcRecordsAreAMismatchBecauseReceiversIgnoreBoth() {
        assertThat(check(DMARC, "v=DMARC1; p=reject", "v=DMARC1; p=none").reason()).contains("RFC 7489");
    }

    @Test
    void ownershipTokenMustMatchExactly() {
        assertThat(check(TOKEN, "dezky-verify=abc").status()).isEqualTo(CheckStatus.OK);
        assertThat(check(TOKEN, "dezky-verify=ABC").status()).isEqualTo(CheckStatus.MISMATCH);
    }

    @Test
    void resolverAddressesAcceptHostPortAndBracketedIpv6() {
        assertThat(DnsLookup.socketAddress("127.0.0.1:5353").getPort()).isEqualTo(5353);
        assertThat(DnsLookup.socketAddress("8.8.8.8").getPort()).isEqualTo(53);
        assertThat(DnsLookup.socketAddress("[::1]:5300").getPort()).isEqualTo(5300);
        assertThat(DnsLookup.socketAddress("::1").getPort()).isEqualTo(53);
    }

    @Test
    void aReportWithAnyFailedLookupIsNotAVerdict() {
        RecordCheck missing = new RecordCheck(RecordKind.MX, "example.com", "10 mx.", List.of(), CheckStatus.MISSING, "");
        RecordCheck failed = new RecordCheck(RecordKind.SPF, "example.com", "v=spf1", List.of(), CheckStatus.LOOKUP_FAILED, "");

        assertThat(VerificationReport.of("example.com", List.of(missing, failed)).overall())
                .isEqualTo(CheckStatus.LOOKUP_FAILED);
    }

    private static RecordCheck check(ExpectedRecord expected, String... found) {
        return RecordRule.forKind(expected.kind()).check(expected, List.of(expected), List.of(found));
    }
}
