package eu.dezky.adapters.dns;

import static eu.dezky.adapters.dns.StalwartZoneFixture.forDomain;
import static eu.dezky.adapters.dns.StalwartZoneFixture.without;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The verifier against a real authoritative server (Knot DNS) serving Stalwart's records for one domain per
 * scenario; the expectations are parsed from the same Stalwart output, as in production.
 */
class DnsVerifierKnotTest {

    @RegisterExtension
    static final KnotServer KNOT = new KnotServer()
            .zone("good.test", forDomain("good.test")
                    + "good.test. IN TXT \"google-site-verification=unrelated\"\n"
                    + token("good.test", "tok-good"))
            .zone("missing.test", without(without(without(forDomain("missing.test"),
                    "missing.test. IN MX"), "_dmarc."), StalwartZoneFixture.RSA_SELECTOR))
            .zone("wrong.test", forDomain("wrong.test")
                    .replace("IN MX 10 mail.wrong.test.", "IN MX 20 mail.wrong.test.")
                    .replace("p=MIIBCgKCAQEA", "p=MIIBCgKCAQEB")
                    + token("wrong.test", "tok-from-last-year"))
            .zone("twospf.test", forDomain("twospf.test")
                    + "twospf.test. IN TXT \"v=spf1 include:_spf.google.com ~all\"\n")
            .zone("bigrrset.test", forDomain("bigrrset.test") + filler(StalwartZoneFixture.RSA_SELECTOR
                    + "._domainkey.bigrrset.test.", 4))
            .zone("dmarc.test", forDomain("dmarc.test")
                    .replace("\"v=DMARC1; p=reject;", "\"v=DMARC1; p=none;"))
            .zone("tolerant.test", forDomain("tolerant.test")
                    .replace("IN MX 10 mail.tolerant.test.", "IN MX 10 MAIL.Tolerant.TEST.")
                    .replace("\"v=spf1 mx -all\"", "\"v=spf1 mx include:_spf.example.net -all\"")
                    .replace("\"v=DMARC1; p=reject; rua=mailto:postmaster@tolerant.test\"",
                            "\"v=DMARC1;rua=MAILTO:postmaster@tolerant.test ;  p=reject; pct=100\""));

    private final DnsVerifier verifier = new DnsVerifier(DnsVerifierSettings.defaults()
            .withResolvers(KNOT.resolver()).withQueryTimeout(Duration.ofSeconds(1)).withAttemptsPerResolver(2));

    @Test
    void aDomainPublishingEverythingStalwartAsksForIsVerified() {
        VerificationReport report = verifier.verify(expected("good.test", "tok-good"));

        assertThat(report.checks()).extracting(RecordCheck::kind).containsExactly(RecordKind.DKIM, RecordKind.DKIM,
                RecordKind.SPF, RecordKind.MX, RecordKind.DMARC, RecordKind.OWNERSHIP);
        assertThat(report.checks()).allSatisfy(c -> assertThat(c.status()).as(c.toString()).isEqualTo(CheckStatus.OK));
        assertThat(report.overall()).isEqualTo(CheckStatus.OK);
        assertThat(report.verified()).isTrue();
    }

    @Test
    void absentNamesAndAbsentTypesAreMissingNotMismatched() {
        VerificationReport report = verifier.verify(expected("missing.test", "tok-missing"));

        assertThat(check(report, RecordKind.MX).status()).isEqualTo(CheckStatus.MISSING);
        assertThat(check(report, RecordKind.MX).reason()).contains("no MX record");
        assertThat(check(report, RecordKind.DMARC).status()).isEqualTo(CheckStatus.MISSING);
        assertThat(check(report, RecordKind.DMARC).reason()).contains("NXDOMAIN");
        assertThat(check(report, RecordKind.OWNERSHIP).status()).isEqualTo(CheckStatus.MISSING);
        assertThat(dkim(report, StalwartZoneFixture.RSA_SELECTOR).status()).isEqualTo(CheckStatus.MISSING);
        assertThat(dkim(report, StalwartZoneFixture.ED25519_SELECTOR).status()).isEqualTo(CheckStatus.OK);
        assertThat(check(report, RecordKind.SPF).status()).isEqualTo(CheckStatus.OK);
        assertThat(report.overall()).isEqualTo(CheckStatus.MISSING);
    }

    @Test
    void wrongMxPreferenceWrongDkimKeyAndStaleTokenAreMismatchesShowingWhatIsPublished() {
        VerificationReport report = verifier.verify(expected("wrong.test", "tok-current"));

        RecordCheck mx = check(report, RecordKind.MX);
        assertThat(mx.status()).isEqualTo(CheckStatus.MISMATCH);
        assertThat(mx.found()).containsExactly("20 mail.wrong.test.");
        assertThat(mx.reason()).contains("preference 20, expected 10");
        RecordCheck rsa = dkim(report, StalwartZoneFixture.RSA_SELECTOR);
        assertThat(rsa.status()).isEqualTo(CheckStatus.MISMATCH);
        assertThat(rsa.found()).singleElement().asString().contains("p=MIIBCgKCAQEB");
        RecordCheck token = check(report, RecordKind.OWNERSHIP);
        assertThat(token.status()).isEqualTo(CheckStatus.MISMATCH);
        assertThat(token.found()).containsExactly("dezky-verify=tok-from-last-year");
        assertThat(report.overall()).isEqualTo(CheckStatus.MISMATCH);
    }

    @Test
    void aSecondSpfRecordIsAPermerrorMismatchEvenThoughOneMatches() {
        RecordCheck spf = check(verifier.verify(expected("twospf.test", "t")), RecordKind.SPF);

        assertThat(spf.status()).isEqualTo(CheckStatus.MISMATCH);
        assertThat(spf.reason()).contains("2 SPF records", "permerror");
        assertThat(spf.found()).containsExactlyInAnyOrder("v=spf1 mx -all", "v=spf1 include:_spf.google.com ~all");
    }

    @Test
    void aWeakerDmarcPolicyIsAMismatch() {
        RecordCheck dmarc = check(verifier.verify(expected("dmarc.test", "t")), RecordKind.DMARC);

        assertThat(dmarc.status()).isEqualTo(CheckStatus.MISMATCH);
        assertThat(dmarc.reason()).isEqualTo("policy is p=none, expected p=reject");
    }

    @Test
    void hostCaseExtraSpfTermsAndDmarcTagOrderDoNotMatter() {
        VerificationReport report = verifier.verify(expected("tolerant.test", "t"));

        assertThat(List.of(check(report, RecordKind.MX), check(report, RecordKind.SPF), check(report, RecordKind.DMARC)))
                .allSatisfy(c -> assertThat(c.status()).as(c.toString()).isEqualTo(CheckStatus.OK));
    }

    @Test
    void aDkimAnswerTooLargeForUdpIsFetchedOverTcp() {
        RecordCheck rsa = dkim(verifier.verify(expected("bigrrset.test", "t")), StalwartZoneFixture.RSA_SELECTOR);

        // The key plus four 500-byte notes make a ~2.4 kB answer, beyond dnsjava's 1,280-byte EDNS payload:
        // the server sets TC, and only dnsjava's TCP retry can bring the key back.
        assertThat(rsa.found()).hasSize(5);
        assertThat(rsa.status()).isEqualTo(CheckStatus.OK);
    }

    @Test
    void aResolverRefusingTheQuestionIsALookupFailureNotAMissingRecord() {
        VerificationReport report = verifier.verify(expected("not-served.test", "t"));

        assertThat(report.checks()).allSatisfy(c -> assertThat(c.status()).isEqualTo(CheckStatus.LOOKUP_FAILED));
        assertThat(report.checks().get(0).reason()).contains("REFUSED");
    }

    @Test
    void aSilentResolverIsALookupFailureWithinTheTimeoutBudget() throws Exception {
        try (DatagramSocket blackHole = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            DnsVerifier patient = new DnsVerifier(DnsVerifierSettings.defaults()
                    .withResolvers("127.0.0.1:" + blackHole.getLocalPort())
                    .withQueryTimeout(Duration.ofMillis(300)).withAttemptsPerResolver(1));

            long start = System.nanoTime();
            VerificationReport report = patient.verify(expected("good.test", "tok-good"));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(took).isLessThan(Duration.ofSeconds(2));
            assertThat(report.overall()).isEqualTo(CheckStatus.LOOKUP_FAILED);
            assertThat(report.checks()).allSatisfy(c -> {
                assertThat(c.status()).isEqualTo(CheckStatus.LOOKUP_FAILED);
                assertThat(c.reason()).contains("no answer");
                assertThat(c.found()).isEmpty();
            });
        }
    }

    private static ExpectedRecords expected(String domain, String token) {
        return ZoneFileParser.parse(domain, forDomain(domain)).withOwnershipToken(token);
    }

    /** {@code count} extra 500-byte TXT records at {@code owner}, to push the answer past UDP size. */
    private static String filler(String owner, int count) {
        StringBuilder zone = new StringBuilder();
        for (int i = 0; i < count; i++) {
            zone.append(owner).append(" IN TXT ( \"note ").append(i).append(' ').append("x".repeat(240))
                    .append("\" \"").append("y".repeat(250)).append("\" )\n");
        }
        return zone.toString();
    }

    private static String token(String domain, String token) {
        return "_dezky-verify." + domain + ". IN TXT \"dezky-verify=" + token + "\"\n";
    }

    private static RecordCheck check(VerificationReport report, RecordKind kind) {
        return report.checks().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow();
    }

    private static RecordCheck dkim(VerificationReport report, String selector) {
        return report.checks().stream().filter(c -> c.name().startsWith(selector + ".")).findFirst().orElseThrow();
    }
}
