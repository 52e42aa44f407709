package eu.dezky.adapters.stalwart;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Master;
import org.xbill.DNS.MXRecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The simulated {@code dnsZoneFile} must parse with a real zone parser, chunked RSA TXT included. */
class StalwartZoneFileTest {

    private static final SimulatorFixture FIXTURE = new SimulatorFixture(Duration.ofMillis(50));

    @AfterAll
    static void stop() {
        FIXTURE.close();
    }

    private static List<Record> parse(String zone) throws Exception {
        // Stalwart's zone text has no $TTL; a parser needs one, so the reader supplies it
        String withTtl = "$TTL 3600\n" + zone;
        List<Record> records = new ArrayList<>();
        try (Master master = new Master(new ByteArrayInputStream(withTtl.getBytes(StandardCharsets.UTF_8)))) {
            for (Record r = master.nextRecord(); r != null; r = master.nextRecord()) {
                records.add(r);
            }
        }
        return records;
    }

    @Test
    void zoneFileParsesAndItsDkimRecordsCarryTheKeysPublicKeys() throws Exception {
        StalwartClient client = FIXTURE.client;
        StalwartDomain domain = client.createOrAdoptDomain("zone.example");
        await().atMost(Duration.ofSeconds(15)).until(() -> client.listDkimSignatures(domain.id()).size() == 2);
        List<Record> records = parse(client.getDomain(domain.id()).dnsZoneFile());

        assertThat(records).filteredOn(r -> r.getType() == Type.MX).singleElement()
                .satisfies(r -> assertThat(((MXRecord) r).getTarget().toString()).isEqualTo("mail.dezky.test."));
        for (DkimSignature key : client.listDkimSignatures(domain.id())) {
            String owner = key.selector() + "._domainkey.zone.example.";
            TXTRecord txt = (TXTRecord) records.stream()
                    .filter(r -> r.getType() == Type.TXT && r.getName().toString().equals(owner))
                    .findFirst().orElseThrow();
            assertThat(String.join("", txt.getStrings())).endsWith("; p=" + key.publicKey());
        }
        assertThat(records).filteredOn(r -> r.getType() == Type.SRV).isNotEmpty();
    }
}
