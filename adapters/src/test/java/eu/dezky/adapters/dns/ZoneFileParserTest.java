package eu.dezky.adapters.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoneFileParserTest {

    private final ExpectedRecords parsed = ZoneFileParser.parse("example.com", StalwartZoneFixture.exampleCom());

    @Test
    void apexMxBecomesAnExpectedMxWithPreferenceAndAbsoluteHost() {
        assertThat(parsed.ofKind(RecordKind.MX))
                .containsExactly(new ExpectedRecord(RecordKind.MX, "example.com", "10 mail.example.com."));
    }

    @Test
    void onlyTheApexSpfIsCheckedNotTheMailHostsOwn() {
        assertThat(parsed.ofKind(RecordKind.SPF))
                .containsExactly(new ExpectedRecord(RecordKind.SPF, "example.com", "v=spf1 mx -all"));
        assertThat(parsed.informational()).contains("mail.example.com. IN TXT \"v=spf1 a -all\"");
    }

    @Test
    void multiLineRsaDkimChunksAreJoinedIntoOneValue() {
        ExpectedRecord rsa = parsed.ofKind(RecordKind.DKIM).stream()
                .filter(r -> r.name().startsWith(StalwartZoneFixture.RSA_SELECTOR)).findFirst().orElseThrow();

        assertThat(rsa.name()).isEqualTo(StalwartZoneFixture.RSA_SELECTOR + "._domainkey.example.com");
        assertThat(rsa.value()).startsWith("v=DKIM1; k=rsa; h=sha256; p=MIIBCgKCAQEA").endsWith("IDAQAB")
                .doesNotContain("\"").doesNotContain(" \n").hasSize(28 + 360);
    }

    @Test
    void everyDkimSelectorIsExpected() {
        assertThat(parsed.ofKind(RecordKind.DKIM)).extracting(ExpectedRecord::name).containsExactly(
                StalwartZoneFixture.ED25519_SELECTOR + "._domainkey.example.com",
                StalwartZoneFixture.RSA_SELECTOR + "._domainkey.example.com");
    }

    @Test
    void dmarcIsExpectedAtUnderscoreDmarc() {
        assertThat(parsed.ofKind(RecordKind.DMARC)).containsExactly(new ExpectedRecord(RecordKind.DMARC,
                "_dmarc.example.com", "v=DMARC1; p=reject; rua=mailto:postmaster@example.com"));
    }

    @Test
    void srvTlsaCnameMtaStsAndTlsRptAreKeptAsInformationalNotChecked() {
        assertThat(parsed.records()).hasSize(5);
        assertThat(parsed.informational()).hasSize(17)
                .anyMatch(l -> l.startsWith("_25._tcp.mail.example.com. IN TLSA 3 1 1 "))
                .contains("_imaps._tcp.example.com. IN SRV 0 1 993 mail.example.com.",
                        "mta-sts.example.com. IN CNAME mail.example.com.",
                        "_mta-sts.example.com. IN TXT \"v=STSv1; id=12942536112359691423\"");
    }

    @Test
    void aDomainWithoutReportAddressHasNoDmarcExpectation() {
        String zone = StalwartZoneFixture.without(StalwartZoneFixture.exampleCom(), "_dmarc.");

        assertThat(ZoneFileParser.parse("example.com", zone).ofKind(RecordKind.DMARC)).isEmpty();
    }

    @Test
    void theOwnershipTokenIsAddedAsUnderscoreDezkyVerifyTxt() {
        ExpectedRecords withToken = parsed.withOwnershipToken("k3y-123");

        assertThat(withToken.ofKind(RecordKind.OWNERSHIP)).containsExactly(new ExpectedRecord(
                RecordKind.OWNERSHIP, "_dezky-verify.example.com", "dezky-verify=k3y-123"));
    }

    @Test
    void malformedZoneTextIsRejectedWithTheDomainInTheMessage() {
        assertThatThrownBy(() -> ZoneFileParser.parse("example.com", "example.com. IN MX ten mail.example.com.\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("example.com");
    }

    @Test
    void includeDirectivesFromTheRemoteTextAreNotFollowed() throws Exception {
        var secret = Files.createTempFile("zone", ".txt");
        Files.writeString(secret, "example.com. IN TXT \"v=spf1 +all\"\n");

        assertThatThrownBy(() -> ZoneFileParser.parse("example.com", "$INCLUDE " + secret + "\n"))
                .isInstanceOf(IllegalArgumentException.class);
        Files.delete(secret);
    }

    @Test
    void emptyZoneFileYieldsNoExpectations() {
        assertThat(ZoneFileParser.parse("example.com.", "").records()).isEqualTo(List.of());
    }
}
